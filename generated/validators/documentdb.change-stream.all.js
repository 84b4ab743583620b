// Generated from schemas/documentdb/change-stream.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:documentdb.change-stream.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data._id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "_id" }, message: "must have required property '_id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.clusterTime === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusterTime" }, message: "must have required property 'clusterTime'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.operationType === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operationType" }, message: "must have required property 'operationType'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data._id !== void 0) {
      let data0 = data._id;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0._data !== void 0) {
          if (typeof data0._data !== "string") {
            const err3 = { instancePath: instancePath + "/_id/_data", schemaPath: "#/properties/_id/properties/_data/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/_id", schemaPath: "#/properties/_id/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.clusterTime !== void 0) {
      let data2 = data.clusterTime;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.$timestamp === void 0) {
          const err5 = { instancePath: instancePath + "/clusterTime", schemaPath: "#/$defs/DocumentDbTimestamp/required", keyword: "required", params: { missingProperty: "$timestamp" }, message: "must have required property '$timestamp'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.$timestamp !== void 0) {
          let data3 = data2.$timestamp;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.t === void 0) {
              const err6 = { instancePath: instancePath + "/clusterTime/$timestamp", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/required", keyword: "required", params: { missingProperty: "t" }, message: "must have required property 't'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.i === void 0) {
              const err7 = { instancePath: instancePath + "/clusterTime/$timestamp", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/required", keyword: "required", params: { missingProperty: "i" }, message: "must have required property 'i'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.t !== void 0) {
              let data4 = data3.t;
              if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                const err8 = { instancePath: instancePath + "/clusterTime/$timestamp/t", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/t/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err9 = { instancePath: instancePath + "/clusterTime/$timestamp/t", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/t/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
            }
            if (data3.i !== void 0) {
              let data5 = data3.i;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err10 = { instancePath: instancePath + "/clusterTime/$timestamp/i", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/i/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 0 || isNaN(data5)) {
                  const err11 = { instancePath: instancePath + "/clusterTime/$timestamp/i", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/properties/i/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/clusterTime/$timestamp", schemaPath: "#/$defs/DocumentDbTimestamp/properties/%24timestamp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/clusterTime", schemaPath: "#/$defs/DocumentDbTimestamp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.operationType !== void 0) {
      if (typeof data.operationType !== "string") {
        const err14 = { instancePath: instancePath + "/operationType", schemaPath: "#/properties/operationType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.ns !== void 0) {
      let data7 = data.ns;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.db === void 0) {
          const err15 = { instancePath: instancePath + "/ns", schemaPath: "#/$defs/DocumentDbNamespace/required", keyword: "required", params: { missingProperty: "db" }, message: "must have required property 'db'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data7.db !== void 0) {
          if (typeof data7.db !== "string") {
            const err16 = { instancePath: instancePath + "/ns/db", schemaPath: "#/$defs/DocumentDbNamespace/properties/db/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.coll !== void 0) {
          if (typeof data7.coll !== "string") {
            const err17 = { instancePath: instancePath + "/ns/coll", schemaPath: "#/$defs/DocumentDbNamespace/properties/coll/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/ns", schemaPath: "#/$defs/DocumentDbNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data10 = data.to;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.db === void 0) {
          const err19 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/DocumentDbNamespace/required", keyword: "required", params: { missingProperty: "db" }, message: "must have required property 'db'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data10.db !== void 0) {
          if (typeof data10.db !== "string") {
            const err20 = { instancePath: instancePath + "/to/db", schemaPath: "#/$defs/DocumentDbNamespace/properties/db/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data10.coll !== void 0) {
          if (typeof data10.coll !== "string") {
            const err21 = { instancePath: instancePath + "/to/coll", schemaPath: "#/$defs/DocumentDbNamespace/properties/coll/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/to", schemaPath: "#/$defs/DocumentDbNamespace/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.documentKey !== void 0) {
      let data13 = data.documentKey;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
      } else {
        const err23 = { instancePath: instancePath + "/documentKey", schemaPath: "#/properties/documentKey/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.fullDocument !== void 0) {
      let data14 = data.fullDocument;
      if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
        const err24 = { instancePath: instancePath + "/fullDocument", schemaPath: "#/properties/fullDocument/type", keyword: "type", params: { type: schema34.properties.fullDocument.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.updateDescription !== void 0) {
      let data15 = data.updateDescription;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.updatedFields !== void 0) {
          let data16 = data15.updatedFields;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
          } else {
            const err25 = { instancePath: instancePath + "/updateDescription/updatedFields", schemaPath: "#/properties/updateDescription/properties/updatedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data15.removedFields !== void 0) {
          let data17 = data15.removedFields;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data17[i0] !== "string") {
                const err26 = { instancePath: instancePath + "/updateDescription/removedFields/" + i0, schemaPath: "#/properties/updateDescription/properties/removedFields/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/updateDescription/removedFields", schemaPath: "#/properties/updateDescription/properties/removedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/updateDescription", schemaPath: "#/properties/updateDescription/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.event === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.event !== void 0) {
      if (!validate22(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.eventSource === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSource" }, message: "must have required property 'eventSource'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.eventSourceArn === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSourceArn" }, message: "must have required property 'eventSourceArn'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.events === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eventSource !== void 0) {
      if ("aws:docdb" !== data.eventSource) {
        const err3 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/const", keyword: "const", params: { allowedValue: "aws:docdb" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.eventSourceArn !== void 0) {
      let data1 = data.eventSourceArn;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/eventSourceArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data2 = data.events;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data2[i0], { instancePath: instancePath + "/events/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
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
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "eventSource": true, "eventSourceArn": true, "events": true }, "dynamicProps": false, "dynamicItems": false };

// documentdb.change-stream.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
