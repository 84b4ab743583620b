// Generated from schemas/documentdb/change-stream.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:documentdb.change-stream.strict.standalone.js
var documentdb_change_stream_strict_standalone_default = validate21;
var pattern0 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate22.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' }];
        return false;
      }
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema9 = { "type": "object", "required": ["_id", "clusterTime", "operationType"], "properties": { "_id": { "type": "object", "properties": { "_data": { "type": "string" } } }, "clusterTime": { "$ref": "#/$defs/DocumentDbTimestamp" }, "operationType": { "type": "string" }, "ns": { "$ref": "#/$defs/DocumentDbNamespace" }, "to": { "$ref": "#/$defs/DocumentDbNamespace" }, "documentKey": { "type": "object", "additionalProperties": true }, "fullDocument": { "type": ["object", "null"], "additionalProperties": true }, "updateDescription": { "type": "object", "properties": { "updatedFields": { "type": "object", "additionalProperties": true }, "removedFields": { "type": "array", "items": { "type": "string" } } } } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.$timestamp === void 0 && (missing0 = "$timestamp")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.$timestamp !== void 0) {
          let data0 = data.$timestamp;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.t === void 0 && (missing1 = "t") || data0.i === void 0 && (missing1 = "i")) {
                validate26.errors = [{ instancePath: instancePath + "/$timestamp", schemaPath: "#/properties/%24timestamp/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.t !== void 0) {
                  let data1 = data0.t;
                  const _errs3 = errors;
                  if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
                    validate26.errors = [{ instancePath: instancePath + "/$timestamp/t", schemaPath: "#/properties/%24timestamp/properties/t/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                  }
                  if (errors === _errs3) {
                    if (typeof data1 == "number" && isFinite(data1)) {
                      if (data1 < 0 || isNaN(data1)) {
                        validate26.errors = [{ instancePath: instancePath + "/$timestamp/t", schemaPath: "#/properties/%24timestamp/properties/t/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  }
                  var valid1 = _errs3 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data0.i !== void 0) {
                    let data2 = data0.i;
                    const _errs5 = errors;
                    if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                      validate26.errors = [{ instancePath: instancePath + "/$timestamp/i", schemaPath: "#/properties/%24timestamp/properties/i/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs5) {
                      if (typeof data2 == "number" && isFinite(data2)) {
                        if (data2 < 0 || isNaN(data2)) {
                          validate26.errors = [{ instancePath: instancePath + "/$timestamp/i", schemaPath: "#/properties/%24timestamp/properties/i/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      }
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                }
              }
            } else {
              validate26.errors = [{ instancePath: instancePath + "/$timestamp", schemaPath: "#/properties/%24timestamp/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
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
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.db === void 0 && (missing0 = "db")) {
        validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.db !== void 0) {
          const _errs1 = errors;
          if (typeof data.db !== "string") {
            validate28.errors = [{ instancePath: instancePath + "/db", schemaPath: "#/properties/db/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.coll !== void 0) {
            const _errs3 = errors;
            if (typeof data.coll !== "string") {
              validate28.errors = [{ instancePath: instancePath + "/coll", schemaPath: "#/properties/coll/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data._id === void 0 && (missing0 = "_id") || data.clusterTime === void 0 && (missing0 = "clusterTime") || data.operationType === void 0 && (missing0 = "operationType")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data._id !== void 0) {
          let data0 = data._id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0._data !== void 0) {
                if (typeof data0._data !== "string") {
                  validate25.errors = [{ instancePath: instancePath + "/_id/_data", schemaPath: "#/properties/_id/properties/_data/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            } else {
              validate25.errors = [{ instancePath: instancePath + "/_id", schemaPath: "#/properties/_id/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clusterTime !== void 0) {
            const _errs5 = errors;
            if (!validate26(data.clusterTime, { instancePath: instancePath + "/clusterTime", parentData: data, parentDataProperty: "clusterTime", rootData })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.operationType !== void 0) {
              const _errs6 = errors;
              if (typeof data.operationType !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/operationType", schemaPath: "#/properties/operationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ns !== void 0) {
                const _errs8 = errors;
                if (!validate28(data.ns, { instancePath: instancePath + "/ns", parentData: data, parentDataProperty: "ns", rootData })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.to !== void 0) {
                  const _errs9 = errors;
                  if (!validate28(data.to, { instancePath: instancePath + "/to", parentData: data, parentDataProperty: "to", rootData })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.documentKey !== void 0) {
                    let data6 = data.documentKey;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      } else {
                        validate25.errors = [{ instancePath: instancePath + "/documentKey", schemaPath: "#/properties/documentKey/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.fullDocument !== void 0) {
                      let data7 = data.fullDocument;
                      const _errs13 = errors;
                      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
                        validate25.errors = [{ instancePath: instancePath + "/fullDocument", schemaPath: "#/properties/fullDocument/type", keyword: "type", params: { type: schema9.properties.fullDocument.type }, message: "must be object,null" }];
                        return false;
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.updateDescription !== void 0) {
                        let data8 = data.updateDescription;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                            if (data8.updatedFields !== void 0) {
                              let data9 = data8.updatedFields;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                } else {
                                  validate25.errors = [{ instancePath: instancePath + "/updateDescription/updatedFields", schemaPath: "#/properties/updateDescription/properties/updatedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs18 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data8.removedFields !== void 0) {
                                let data10 = data8.removedFields;
                                const _errs21 = errors;
                                if (errors === _errs21) {
                                  if (Array.isArray(data10)) {
                                    var valid3 = true;
                                    const len0 = data10.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs23 = errors;
                                      if (typeof data10[i0] !== "string") {
                                        validate25.errors = [{ instancePath: instancePath + "/updateDescription/removedFields/" + i0, schemaPath: "#/properties/updateDescription/properties/removedFields/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid3 = _errs23 === errors;
                                      if (!valid3) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate25.errors = [{ instancePath: instancePath + "/updateDescription/removedFields", schemaPath: "#/properties/updateDescription/properties/removedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs21 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          } else {
                            validate25.errors = [{ instancePath: instancePath + "/updateDescription", schemaPath: "#/properties/updateDescription/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
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
      if (data.event === void 0 && (missing0 = "event")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.event !== void 0) {
          if (!validate25(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.events === void 0 && (missing0 = "events")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:docdb" !== data.eventSource) {
            validate21.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:docdb" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSourceArn !== void 0) {
            const _errs2 = errors;
            if (!validate22(data.eventSourceArn, { instancePath: instancePath + "/eventSourceArn", parentData: data, parentDataProperty: "eventSourceArn", rootData })) {
              vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.events !== void 0) {
              let data2 = data.events;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (Array.isArray(data2)) {
                  if (data2.length < 1) {
                    validate21.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                    return false;
                  } else {
                    var valid1 = true;
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs5 = errors;
                      if (!validate24(data2[i0], { instancePath: instancePath + "/events/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
                        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs5 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  }
                } else {
                  validate21.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
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

// check:documentdb.change-stream.strict.check.js
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
function d_DocumentDbChangeEventRecord(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v5 = x.event;
    if (v5 === void 0) return false;
    if (!d_DocumentDbChangeEvent(v5)) return false;
  }
  return true;
}
function d_DocumentDbChangeEvent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x._id;
    if (v6 === void 0) return false;
    if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
    {
      const v7 = v6._data;
      if (v7 !== void 0) {
        if (!(typeof v7 === "string")) return false;
      }
    }
  }
  {
    const v8 = x.clusterTime;
    if (v8 === void 0) return false;
    if (!d_DocumentDbTimestamp(v8)) return false;
  }
  {
    const v12 = x.operationType;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.ns;
    if (v13 !== void 0) {
      if (!d_DocumentDbNamespace(v13)) return false;
    }
  }
  {
    const v16 = x.to;
    if (v16 !== void 0) {
      if (!d_DocumentDbNamespace(v16)) return false;
    }
  }
  {
    const v17 = x.documentKey;
    if (v17 !== void 0) {
      if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
    }
  }
  {
    const v18 = x.fullDocument;
    if (v18 !== void 0) {
      if (!(v18 !== null && typeof v18 === "object" && !Array.isArray(v18) || v18 === null)) return false;
    }
  }
  {
    const v19 = x.updateDescription;
    if (v19 !== void 0) {
      if (!(v19 !== null && typeof v19 === "object" && !Array.isArray(v19))) return false;
      {
        const v20 = v19.updatedFields;
        if (v20 !== void 0) {
          if (!(v20 !== null && typeof v20 === "object" && !Array.isArray(v20))) return false;
        }
      }
      {
        const v21 = v19.removedFields;
        if (v21 !== void 0) {
          if (!Array.isArray(v21)) return false;
          for (let v23 = 0; v23 < v21.length; v23++) {
            const v22 = v21[v23];
            if (!(typeof v22 === "string")) return false;
          }
        }
      }
    }
  }
  return true;
}
function d_DocumentDbTimestamp(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v9 = x.$timestamp;
    if (v9 === void 0) return false;
    if (!(v9 !== null && typeof v9 === "object" && !Array.isArray(v9))) return false;
    {
      const v10 = v9.t;
      if (v10 === void 0) return false;
      if (!(typeof v10 === "number" && !(v10 % 1) && !isNaN(v10) && isFinite(v10))) return false;
      if (!(v10 >= 0)) return false;
    }
    {
      const v11 = v9.i;
      if (v11 === void 0) return false;
      if (!(typeof v11 === "number" && !(v11 % 1) && !isNaN(v11) && isFinite(v11))) return false;
      if (!(v11 >= 0)) return false;
    }
  }
  return true;
}
function d_DocumentDbNamespace(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.db;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.coll;
    if (v15 !== void 0) {
      if (!(typeof v15 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.eventSource;
    if (v0 === void 0) return false;
    if (!(v0 === "aws:docdb")) return false;
  }
  {
    const v1 = x.eventSourceArn;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string" && p0(v1))) return false;
  }
  {
    const v2 = x.events;
    if (v2 === void 0) return false;
    if (!Array.isArray(v2)) return false;
    if (!(v2.length >= 1)) return false;
    for (let v4 = 0; v4 < v2.length; v4++) {
      const v3 = v2[v4];
      if (!d_DocumentDbChangeEventRecord(v3)) return false;
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

// documentdb.change-stream.strict.entry.ts
var validate = withStandardSchema(checked(check, documentdb_change_stream_strict_standalone_default), "documentdb.change-stream");
export {
  validate as default,
  validate
};
