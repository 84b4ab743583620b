// Generated from schemas/transfer/identity-provider.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:transfer.identity-provider.result.all.standalone.js
var validateAll = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:lambda-event-registry:transfer.identity-provider.result", "type": "object", "properties": { "Role": { "type": "string" }, "Policy": { "type": "string" }, "HomeDirectoryType": { "enum": ["PATH", "LOGICAL"] }, "HomeDirectoryDetails": { "type": "string" }, "HomeDirectory": { "type": "string" }, "PosixProfile": { "$ref": "#/$defs/TransferPosixProfile" }, "PublicKeys": { "type": "array", "items": { "type": "string" } } }, "$defs": { "TransferPosixProfile": { "type": "object", "required": ["Uid", "Gid"], "properties": { "Uid": { "type": "integer", "minimum": 0 }, "Gid": { "type": "integer", "minimum": 0 }, "SecondaryGids": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } } } };
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
    if (data.Role !== void 0) {
      if (typeof data.Role !== "string") {
        const err0 = { instancePath: instancePath + "/Role", schemaPath: "#/properties/Role/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.Policy !== void 0) {
      if (typeof data.Policy !== "string") {
        const err1 = { instancePath: instancePath + "/Policy", schemaPath: "#/properties/Policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.HomeDirectoryType !== void 0) {
      let data2 = data.HomeDirectoryType;
      if (!(data2 === "PATH" || data2 === "LOGICAL")) {
        const err2 = { instancePath: instancePath + "/HomeDirectoryType", schemaPath: "#/properties/HomeDirectoryType/enum", keyword: "enum", params: { allowedValues: schema31.properties.HomeDirectoryType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.HomeDirectoryDetails !== void 0) {
      if (typeof data.HomeDirectoryDetails !== "string") {
        const err3 = { instancePath: instancePath + "/HomeDirectoryDetails", schemaPath: "#/properties/HomeDirectoryDetails/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.HomeDirectory !== void 0) {
      if (typeof data.HomeDirectory !== "string") {
        const err4 = { instancePath: instancePath + "/HomeDirectory", schemaPath: "#/properties/HomeDirectory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.PosixProfile !== void 0) {
      let data5 = data.PosixProfile;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.Uid === void 0) {
          const err5 = { instancePath: instancePath + "/PosixProfile", schemaPath: "#/$defs/TransferPosixProfile/required", keyword: "required", params: { missingProperty: "Uid" }, message: "must have required property 'Uid'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data5.Gid === void 0) {
          const err6 = { instancePath: instancePath + "/PosixProfile", schemaPath: "#/$defs/TransferPosixProfile/required", keyword: "required", params: { missingProperty: "Gid" }, message: "must have required property 'Gid'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data5.Uid !== void 0) {
          let data6 = data5.Uid;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err7 = { instancePath: instancePath + "/PosixProfile/Uid", schemaPath: "#/$defs/TransferPosixProfile/properties/Uid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err8 = { instancePath: instancePath + "/PosixProfile/Uid", schemaPath: "#/$defs/TransferPosixProfile/properties/Uid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data5.Gid !== void 0) {
          let data7 = data5.Gid;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err9 = { instancePath: instancePath + "/PosixProfile/Gid", schemaPath: "#/$defs/TransferPosixProfile/properties/Gid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err10 = { instancePath: instancePath + "/PosixProfile/Gid", schemaPath: "#/$defs/TransferPosixProfile/properties/Gid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
        if (data5.SecondaryGids !== void 0) {
          let data8 = data5.SecondaryGids;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err11 = { instancePath: instancePath + "/PosixProfile/SecondaryGids/" + i0, schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 0 || isNaN(data9)) {
                  const err12 = { instancePath: instancePath + "/PosixProfile/SecondaryGids/" + i0, schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/PosixProfile/SecondaryGids", schemaPath: "#/$defs/TransferPosixProfile/properties/SecondaryGids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/PosixProfile", schemaPath: "#/$defs/TransferPosixProfile/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.PublicKeys !== void 0) {
      let data10 = data.PublicKeys;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data10[i1] !== "string") {
            const err15 = { instancePath: instancePath + "/PublicKeys/" + i1, schemaPath: "#/properties/PublicKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/PublicKeys", schemaPath: "#/properties/PublicKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Role": true, "Policy": true, "HomeDirectoryType": true, "HomeDirectoryDetails": true, "HomeDirectory": true, "PosixProfile": true, "PublicKeys": true }, "dynamicProps": false, "dynamicItems": false };

// transfer.identity-provider.result.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
