// Generated from schemas/documentdb/change-stream.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:documentdb.change-stream.standalone.js
var documentdb_change_stream_standalone_default = validate20;
var schema34 = { "type": "object", "required": ["_id", "clusterTime", "operationType"], "properties": { "_id": { "type": "object", "properties": { "_data": { "type": "string" } } }, "clusterTime": { "$ref": "#/$defs/DocumentDbTimestamp" }, "operationType": { "type": "string" }, "ns": { "$ref": "#/$defs/DocumentDbNamespace" }, "to": { "$ref": "#/$defs/DocumentDbNamespace" }, "documentKey": { "type": "object", "additionalProperties": true }, "fullDocument": { "type": ["object", "null"], "additionalProperties": true }, "updateDescription": { "type": "object", "properties": { "updatedFields": { "type": "object", "additionalProperties": true }, "removedFields": { "type": "array", "items": { "type": "string" } } } } } };
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
      if (data._id === void 0 && (missing0 = "_id") || data.clusterTime === void 0 && (missing0 = "clusterTime") || data.operationType === void 0 && (missing0 = "operationType")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data._id !== void 0) {
          let data0 = data._id;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              if (data0._data !== void 0) {
                if (typeof data0._data !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/_id/_data", schemaPath: "#/properties/_id/properties/_data/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
            } else {
              validate22.errors = [{ instancePath: instancePath + "/_id", schemaPath: "#/properties/_id/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clusterTime !== void 0) {
            let data2 = data.clusterTime;
            const _errs5 = errors;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                let missing1;
                if (data2.$timestamp === void 0 && (missing1 = "$timestamp")) {
                  validate22.errors = [{ instancePath: instancePath + "/clusterTime", schemaPath: "#/$defs/DocumentDbTimestamp/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data2.$timestamp !== void 0) {
                    let data3 = data2.$timestamp;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing2;
                        if (data3.t === void 0 && (missing2 = "t") || data3.i === void 0 && (missing2 = "i")) {
                          validate22.errors = [{ instancePath: instancePath + "/clusterTime/$timestamp", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                          return false;
                        } else {
                          if (data3.t !== void 0) {
                            let data4 = data3.t;
                            const _errs10 = errors;
                            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                              validate22.errors = [{ instancePath: instancePath + "/clusterTime/$timestamp/t", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/t/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            var valid4 = _errs10 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data3.i !== void 0) {
                              let data5 = data3.i;
                              const _errs12 = errors;
                              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                                validate22.errors = [{ instancePath: instancePath + "/clusterTime/$timestamp/i", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/i/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              var valid4 = _errs12 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/clusterTime/$timestamp", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/clusterTime", schemaPath: "#/$defs/DocumentDbTimestamp/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.operationType !== void 0) {
              const _errs14 = errors;
              if (typeof data.operationType !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/operationType", schemaPath: "#/properties/operationType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs14 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ns !== void 0) {
                let data7 = data.ns;
                const _errs16 = errors;
                const _errs17 = errors;
                if (errors === _errs17) {
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    let missing3;
                    if (data7.db === void 0 && (missing3 = "db")) {
                      validate22.errors = [{ instancePath: instancePath + "/ns", schemaPath: "#/$defs/DocumentDbNamespace/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                      return false;
                    } else {
                      if (data7.db !== void 0) {
                        const _errs19 = errors;
                        if (typeof data7.db !== "string") {
                          validate22.errors = [{ instancePath: instancePath + "/ns/db", schemaPath: "#/$defs/DocumentDbNamespace/properties/db/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid6 = _errs19 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data7.coll !== void 0) {
                          const _errs21 = errors;
                          if (typeof data7.coll !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/ns/coll", schemaPath: "#/$defs/DocumentDbNamespace/properties/coll/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid6 = _errs21 === errors;
                        } else {
                          var valid6 = true;
                        }
                      }
                    }
                  } else {
                    validate22.errors = [{ instancePath: instancePath + "/ns", schemaPath: "#/$defs/DocumentDbNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs16 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.to !== void 0) {
                  let data10 = data.to;
                  const _errs23 = errors;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                      let missing4;
                      if (data10.db === void 0 && (missing4 = "db")) {
                        validate22.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/DocumentDbNamespace/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                        return false;
                      } else {
                        if (data10.db !== void 0) {
                          const _errs26 = errors;
                          if (typeof data10.db !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/to/db", schemaPath: "#/$defs/DocumentDbNamespace/properties/db/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid8 = _errs26 === errors;
                        } else {
                          var valid8 = true;
                        }
                        if (valid8) {
                          if (data10.coll !== void 0) {
                            const _errs28 = errors;
                            if (typeof data10.coll !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/to/coll", schemaPath: "#/$defs/DocumentDbNamespace/properties/coll/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid8 = _errs28 === errors;
                          } else {
                            var valid8 = true;
                          }
                        }
                      }
                    } else {
                      validate22.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/DocumentDbNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs23 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.documentKey !== void 0) {
                    let data13 = data.documentKey;
                    const _errs30 = errors;
                    if (errors === _errs30) {
                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                      } else {
                        validate22.errors = [{ instancePath: instancePath + "/documentKey", schemaPath: "#/properties/documentKey/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs30 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.fullDocument !== void 0) {
                      let data14 = data.fullDocument;
                      const _errs33 = errors;
                      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
                        validate22.errors = [{ instancePath: instancePath + "/fullDocument", schemaPath: "#/properties/fullDocument/type", keyword: "type", params: { type: schema34.properties.fullDocument.type }, message: "must be object,null" }];
                        return false;
                      }
                      var valid0 = _errs33 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.updateDescription !== void 0) {
                        let data15 = data.updateDescription;
                        const _errs36 = errors;
                        if (errors === _errs36) {
                          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                            if (data15.updatedFields !== void 0) {
                              let data16 = data15.updatedFields;
                              const _errs38 = errors;
                              if (errors === _errs38) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                } else {
                                  validate22.errors = [{ instancePath: instancePath + "/updateDescription/updatedFields", schemaPath: "#/properties/updateDescription/properties/updatedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid9 = _errs38 === errors;
                            } else {
                              var valid9 = true;
                            }
                            if (valid9) {
                              if (data15.removedFields !== void 0) {
                                let data17 = data15.removedFields;
                                const _errs41 = errors;
                                if (errors === _errs41) {
                                  if (Array.isArray(data17)) {
                                    var valid10 = true;
                                    const len0 = data17.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs43 = errors;
                                      if (typeof data17[i0] !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/updateDescription/removedFields/" + i0, schemaPath: "#/properties/updateDescription/properties/removedFields/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid10 = _errs43 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/updateDescription/removedFields", schemaPath: "#/properties/updateDescription/properties/removedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid9 = _errs41 === errors;
                              } else {
                                var valid9 = true;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/updateDescription", schemaPath: "#/properties/updateDescription/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs36 === errors;
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
validate22.evaluated = { "props": { "_id": true, "clusterTime": true, "operationType": true, "ns": true, "to": true, "documentKey": true, "fullDocument": true, "updateDescription": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.event === void 0 && (missing0 = "event")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.event !== void 0) {
          if (!validate22(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData, dynamicAnchors })) {
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
validate21.evaluated = { "props": { "event": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.eventSource === void 0 && (missing0 = "eventSource") || data.eventSourceArn === void 0 && (missing0 = "eventSourceArn") || data.events === void 0 && (missing0 = "events")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.eventSource !== void 0) {
          const _errs1 = errors;
          if ("aws:docdb" !== data.eventSource) {
            validate20.errors = [{ instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:docdb" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.eventSourceArn !== void 0) {
            const _errs2 = errors;
            if (typeof data.eventSourceArn !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.events !== void 0) {
              let data2 = data.events;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (!validate21(data2[i0], { instancePath: instancePath + "/events/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs7 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "events": true }, "dynamicProps": false, "dynamicItems": false };

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

// documentdb.change-stream.entry.ts
withStandardSchema(documentdb_change_stream_standalone_default, "documentdb.change-stream");
export {
  documentdb_change_stream_standalone_default as default,
  documentdb_change_stream_standalone_default as validate
};
