// Generated from schemas/dynamodb/stream-tumbling-window.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:dynamodb.stream-tumbling-window.standalone.js
var dynamodb_stream_tumbling_window_standalone_default = validate20;
var schema32 = { "type": "object", "required": ["eventID", "eventName", "eventVersion", "eventSource", "awsRegion", "dynamodb", "eventSourceARN"], "properties": { "eventID": { "type": "string" }, "eventName": { "enum": ["INSERT", "MODIFY", "REMOVE"] }, "eventVersion": { "type": "string" }, "eventSource": { "const": "aws:dynamodb" }, "awsRegion": { "$ref": "#/$defs/AwsRegion" }, "eventSourceARN": { "$ref": "#/$defs/Arn" }, "userIdentity": { "$ref": "#/$defs/DynamoDbStreamUserIdentity" }, "dynamodb": { "allOf": [{ "$ref": "#/$defs/DynamoDbStreamRecord" }, { "type": "object", "required": ["SequenceNumber", "StreamViewType"], "properties": { "SequenceNumber": { "type": "string" }, "StreamViewType": { "type": "string" } } }] } } };
var schema36 = { "type": "object", "required": ["ApproximateCreationDateTime", "Keys", "SizeBytes"], "properties": { "ApproximateCreationDateTime": { "type": "number" }, "ApproximateCreationDateTimePrecision": { "enum": ["MILLISECOND", "MICROSECOND"] }, "Keys": { "$ref": "#/$defs/AttributeMap" }, "NewImage": { "$ref": "#/$defs/AttributeMap" }, "OldImage": { "$ref": "#/$defs/AttributeMap" }, "SequenceNumber": { "type": "string" }, "SizeBytes": { "type": "integer" }, "StreamViewType": { "enum": ["KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"] } } };
var wrapper0 = { validate: validate23 };
var wrapper1 = { validate: validate24 };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
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
    var props0 = {};
    props0.S = true;
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
          if (typeof data.N !== "string") {
            const err4 = { instancePath: instancePath + "/N", schemaPath: "#/$defs/DynamoDbNumberString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
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
      if (props0 !== true) {
        props0 = props0 || {};
        props0.N = true;
      }
    }
    const _errs10 = errors;
    if (errors === _errs10) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (data.B === void 0 && (missing2 = "B")) {
          const err6 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        } else {
          if (data.B !== void 0) {
            if (typeof data.B !== "string") {
              const err7 = { instancePath: instancePath + "/B", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err8 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs10 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.B = true;
        }
      }
      const _errs15 = errors;
      if (errors === _errs15) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing3;
          if (data.SS === void 0 && (missing3 = "SS")) {
            const err9 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          } else {
            if (data.SS !== void 0) {
              let data3 = data.SS;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (Array.isArray(data3)) {
                  var valid7 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs19 = errors;
                    if (typeof data3[i0] !== "string") {
                      const err10 = { instancePath: instancePath + "/SS/" + i0, schemaPath: "#/oneOf/3/properties/SS/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    var valid7 = _errs19 === errors;
                    if (!valid7) {
                      break;
                    }
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/SS", schemaPath: "#/oneOf/3/properties/SS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          }
        } else {
          const err12 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.SS = true;
          }
        }
        const _errs21 = errors;
        if (errors === _errs21) {
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing4;
            if (data.NS === void 0 && (missing4 = "NS")) {
              const err13 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            } else {
              if (data.NS !== void 0) {
                let data5 = data.NS;
                const _errs23 = errors;
                if (errors === _errs23) {
                  if (Array.isArray(data5)) {
                    var valid9 = true;
                    const len1 = data5.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      const _errs25 = errors;
                      if (typeof data5[i1] !== "string") {
                        const err14 = { instancePath: instancePath + "/NS/" + i1, schemaPath: "#/$defs/DynamoDbNumberString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                      var valid9 = _errs25 === errors;
                      if (!valid9) {
                        break;
                      }
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/NS", schemaPath: "#/oneOf/4/properties/NS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
            const err16 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        var _valid0 = _errs21 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = props0 || {};
              props0.NS = true;
            }
          }
          const _errs28 = errors;
          if (errors === _errs28) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing5;
              if (data.BS === void 0 && (missing5 = "BS")) {
                const err17 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              } else {
                if (data.BS !== void 0) {
                  let data7 = data.BS;
                  const _errs30 = errors;
                  if (errors === _errs30) {
                    if (Array.isArray(data7)) {
                      var valid12 = true;
                      const len2 = data7.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        const _errs32 = errors;
                        if (typeof data7[i2] !== "string") {
                          const err18 = { instancePath: instancePath + "/BS/" + i2, schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                        var valid12 = _errs32 === errors;
                        if (!valid12) {
                          break;
                        }
                      }
                    } else {
                      const err19 = { instancePath: instancePath + "/BS", schemaPath: "#/oneOf/5/properties/BS/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  }
                }
              }
            } else {
              const err20 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var _valid0 = _errs28 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = props0 || {};
                props0.BS = true;
              }
            }
            const _errs35 = errors;
            if (errors === _errs35) {
              if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing6;
                if (data.M === void 0 && (missing6 = "M")) {
                  const err21 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                } else {
                  if (data.M !== void 0) {
                    if (!wrapper0.validate(data.M, { instancePath: instancePath + "/M", parentData: data, parentDataProperty: "M", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                      errors = vErrors.length;
                    }
                  }
                }
              } else {
                const err22 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            var _valid0 = _errs35 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = props0 || {};
                  props0.M = true;
                }
              }
              const _errs38 = errors;
              if (errors === _errs38) {
                if (data && typeof data == "object" && !Array.isArray(data)) {
                  let missing7;
                  if (data.L === void 0 && (missing7 = "L")) {
                    const err23 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  } else {
                    if (data.L !== void 0) {
                      let data10 = data.L;
                      const _errs40 = errors;
                      if (errors === _errs40) {
                        if (Array.isArray(data10)) {
                          var valid16 = true;
                          const len3 = data10.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs42 = errors;
                            if (!wrapper1.validate(data10[i3], { instancePath: instancePath + "/L/" + i3, parentData: data10, parentDataProperty: i3, rootData, dynamicAnchors })) {
                              vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                              errors = vErrors.length;
                            }
                            var valid16 = _errs42 === errors;
                            if (!valid16) {
                              break;
                            }
                          }
                        } else {
                          const err24 = { instancePath: instancePath + "/L", schemaPath: "#/oneOf/7/properties/L/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err24];
                          } else {
                            vErrors.push(err24);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                } else {
                  const err25 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs38 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = props0 || {};
                    props0.L = true;
                  }
                }
                const _errs43 = errors;
                if (errors === _errs43) {
                  if (data && typeof data == "object" && !Array.isArray(data)) {
                    let missing8;
                    if (data.NULL === void 0 && (missing8 = "NULL")) {
                      const err26 = { instancePath, schemaPath: "#/oneOf/8/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    } else {
                      if (data.NULL !== void 0) {
                        if (true !== data.NULL) {
                          const err27 = { instancePath: instancePath + "/NULL", schemaPath: "#/oneOf/8/properties/NULL/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err28 = { instancePath, schemaPath: "#/oneOf/8/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                var _valid0 = _errs43 === errors;
                if (_valid0 && valid0) {
                  valid0 = false;
                  passing0 = [passing0, 8];
                } else {
                  if (_valid0) {
                    valid0 = true;
                    passing0 = 8;
                    if (props0 !== true) {
                      props0 = props0 || {};
                      props0.NULL = true;
                    }
                  }
                  const _errs46 = errors;
                  if (errors === _errs46) {
                    if (data && typeof data == "object" && !Array.isArray(data)) {
                      let missing9;
                      if (data.BOOL === void 0 && (missing9 = "BOOL")) {
                        const err29 = { instancePath, schemaPath: "#/oneOf/9/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      } else {
                        if (data.BOOL !== void 0) {
                          if (typeof data.BOOL !== "boolean") {
                            const err30 = { instancePath: instancePath + "/BOOL", schemaPath: "#/oneOf/9/properties/BOOL/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err31 = { instancePath, schemaPath: "#/oneOf/9/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs46 === errors;
                  if (_valid0 && valid0) {
                    valid0 = false;
                    passing0 = [passing0, 9];
                  } else {
                    if (_valid0) {
                      valid0 = true;
                      passing0 = 9;
                      if (props0 !== true) {
                        props0 = props0 || {};
                        props0.BOOL = true;
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
  if (!valid0) {
    const err32 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
    validate24.errors = vErrors;
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
  validate24.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": true, "dynamicItems": false };
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
      for (const key0 in data) {
        const _errs2 = errors;
        if (!validate24(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
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
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
      if (data.ApproximateCreationDateTime === void 0 && (missing0 = "ApproximateCreationDateTime") || data.Keys === void 0 && (missing0 = "Keys") || data.SizeBytes === void 0 && (missing0 = "SizeBytes")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.ApproximateCreationDateTime !== void 0) {
          let data0 = data.ApproximateCreationDateTime;
          const _errs1 = errors;
          if (!(typeof data0 == "number" && isFinite(data0))) {
            validate22.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTime", schemaPath: "#/properties/ApproximateCreationDateTime/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
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
              validate22.errors = [{ instancePath: instancePath + "/ApproximateCreationDateTimePrecision", schemaPath: "#/properties/ApproximateCreationDateTimePrecision/enum", keyword: "enum", params: { allowedValues: schema36.properties.ApproximateCreationDateTimePrecision.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.Keys !== void 0) {
              const _errs4 = errors;
              if (!validate23(data.Keys, { instancePath: instancePath + "/Keys", parentData: data, parentDataProperty: "Keys", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.NewImage !== void 0) {
                const _errs5 = errors;
                if (!validate23(data.NewImage, { instancePath: instancePath + "/NewImage", parentData: data, parentDataProperty: "NewImage", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.OldImage !== void 0) {
                  const _errs6 = errors;
                  if (!validate23(data.OldImage, { instancePath: instancePath + "/OldImage", parentData: data, parentDataProperty: "OldImage", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
                      validate22.errors = [{ instancePath: instancePath + "/SequenceNumber", schemaPath: "#/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                        validate22.errors = [{ instancePath: instancePath + "/SizeBytes", schemaPath: "#/properties/SizeBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
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
                          validate22.errors = [{ instancePath: instancePath + "/StreamViewType", schemaPath: "#/properties/StreamViewType/enum", keyword: "enum", params: { allowedValues: schema36.properties.StreamViewType.enum }, message: "must be equal to one of the allowed values" }];
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
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "ApproximateCreationDateTime": true, "ApproximateCreationDateTimePrecision": true, "Keys": true, "NewImage": true, "OldImage": true, "SequenceNumber": true, "SizeBytes": true, "StreamViewType": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventID === void 0 && (missing0 = "eventID") || data.eventName === void 0 && (missing0 = "eventName") || data.eventVersion === void 0 && (missing0 = "eventVersion") || data.eventSource === void 0 && (missing0 = "eventSource") || data.awsRegion === void 0 && (missing0 = "awsRegion") || data.dynamodb === void 0 && (missing0 = "dynamodb") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventID !== void 0) {
          const _errs1 = errors;
          if (typeof data.eventID !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
              validate21.errors = [{ instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/enum", keyword: "enum", params: { allowedValues: schema32.properties.eventName.enum }, message: "must be equal to one of the allowed values" }];
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
                validate21.errors = [{ instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:dynamodb" }, message: "must be equal to constant" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.awsRegion !== void 0) {
                  const _errs7 = errors;
                  if (typeof data.awsRegion !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/awsRegion", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.eventSourceARN !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.eventSourceARN !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.userIdentity !== void 0) {
                      let data6 = data.userIdentity;
                      const _errs13 = errors;
                      const _errs14 = errors;
                      if (errors === _errs14) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.type === void 0 && (missing1 = "type") || data6.principalId === void 0 && (missing1 = "principalId")) {
                            validate21.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.type !== void 0) {
                              const _errs16 = errors;
                              if (typeof data6.type !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/userIdentity/type", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid4 = _errs16 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data6.principalId !== void 0) {
                                const _errs18 = errors;
                                if (typeof data6.principalId !== "string") {
                                  validate21.errors = [{ instancePath: instancePath + "/userIdentity/principalId", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid4 = _errs18 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/userIdentity", schemaPath: "#/$defs/DynamoDbStreamUserIdentity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.dynamodb !== void 0) {
                        let data9 = data.dynamodb;
                        const _errs20 = errors;
                        const _errs21 = errors;
                        if (!validate22(data9, { instancePath: instancePath + "/dynamodb", parentData: data, parentDataProperty: "dynamodb", rootData, dynamicAnchors })) {
                          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                          errors = vErrors.length;
                        }
                        var valid5 = _errs21 === errors;
                        if (valid5) {
                          const _errs22 = errors;
                          if (errors === _errs22) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              let missing2;
                              if (data9.SequenceNumber === void 0 && (missing2 = "SequenceNumber") || data9.StreamViewType === void 0 && (missing2 = "StreamViewType")) {
                                validate21.errors = [{ instancePath: instancePath + "/dynamodb", schemaPath: "#/properties/dynamodb/allOf/1/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                if (data9.SequenceNumber !== void 0) {
                                  const _errs24 = errors;
                                  if (typeof data9.SequenceNumber !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/dynamodb/SequenceNumber", schemaPath: "#/properties/dynamodb/allOf/1/properties/SequenceNumber/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid6 = _errs24 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data9.StreamViewType !== void 0) {
                                    const _errs26 = errors;
                                    if (typeof data9.StreamViewType !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/dynamodb/StreamViewType", schemaPath: "#/properties/dynamodb/allOf/1/properties/StreamViewType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid6 = _errs26 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                }
                              }
                            } else {
                              validate21.errors = [{ instancePath: instancePath + "/dynamodb", schemaPath: "#/properties/dynamodb/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs22 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "eventID": true, "eventName": true, "eventVersion": true, "eventSource": true, "awsRegion": true, "eventSourceARN": true, "userIdentity": true, "dynamodb": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.start === void 0 && (missing0 = "start") || data.end === void 0 && (missing0 = "end")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.start !== void 0) {
          const _errs1 = errors;
          if (typeof data.start !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.end !== void 0) {
            const _errs4 = errors;
            if (typeof data.end !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
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
validate31.evaluated = { "props": { "start": true, "end": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.Records === void 0 && (missing0 = "Records") || data.window === void 0 && (missing0 = "window") || data.state === void 0 && (missing0 = "state") || data.shardId === void 0 && (missing0 = "shardId") || data.eventSourceARN === void 0 && (missing0 = "eventSourceARN") || data.isFinalInvokeForWindow === void 0 && (missing0 = "isFinalInvokeForWindow") || data.isWindowTerminatedEarly === void 0 && (missing0 = "isWindowTerminatedEarly")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
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
                if (!validate21(data0[i0], { instancePath: instancePath + "/Records/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/Records", schemaPath: "#/properties/Records/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.window !== void 0) {
            const _errs4 = errors;
            if (!validate31(data.window, { instancePath: instancePath + "/window", parentData: data, parentDataProperty: "window", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.state !== void 0) {
              let data3 = data.state;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/$defs/LambdaTumblingWindowState/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.shardId !== void 0) {
                const _errs9 = errors;
                if (typeof data.shardId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/shardId", schemaPath: "#/properties/shardId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.eventSourceARN !== void 0) {
                  const _errs11 = errors;
                  if (typeof data.eventSourceARN !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/eventSourceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.isFinalInvokeForWindow !== void 0) {
                    const _errs14 = errors;
                    if (typeof data.isFinalInvokeForWindow !== "boolean") {
                      validate20.errors = [{ instancePath: instancePath + "/isFinalInvokeForWindow", schemaPath: "#/properties/isFinalInvokeForWindow/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                      return false;
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.isWindowTerminatedEarly !== void 0) {
                      const _errs16 = errors;
                      if (typeof data.isWindowTerminatedEarly !== "boolean") {
                        validate20.errors = [{ instancePath: instancePath + "/isWindowTerminatedEarly", schemaPath: "#/properties/isWindowTerminatedEarly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Records": true, "window": true, "state": true, "shardId": true, "eventSourceARN": true, "isFinalInvokeForWindow": true, "isWindowTerminatedEarly": true }, "dynamicProps": false, "dynamicItems": false };

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

// dynamodb.stream-tumbling-window.entry.ts
withStandardSchema(dynamodb_stream_tumbling_window_standalone_default, "dynamodb.stream-tumbling-window");
export {
  dynamodb_stream_tumbling_window_standalone_default as default,
  dynamodb_stream_tumbling_window_standalone_default as validate
};
