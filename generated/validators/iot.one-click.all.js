// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.one-click.all.standalone.js
var validateAll = validate20;
var schema34 = { "enum": ["SINGLE", "DOUBLE", "LONG"] };
var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
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
    if (data.clickType === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clickType" }, message: "must have required property 'clickType'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reportedTime === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reportedTime" }, message: "must have required property 'reportedTime'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.clickType !== void 0) {
      let data0 = data.clickType;
      if (!(data0 === "SINGLE" || data0 === "DOUBLE" || data0 === "LONG")) {
        const err2 = { instancePath: instancePath + "/clickType", schemaPath: "#/$defs/IoTButtonClickType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reportedTime !== void 0) {
      let data1 = data.reportedTime;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err3 = { instancePath: instancePath + "/reportedTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/reportedTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.additionalInfo !== void 0) {
      let data2 = data.additionalInfo;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      } else {
        const err5 = { instancePath: instancePath + "/additionalInfo", schemaPath: "#/properties/additionalInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
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
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": { "clickType": true, "reportedTime": true, "additionalInfo": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.buttonClicked !== void 0) {
      if (!validate22(data.buttonClicked, { instancePath: instancePath + "/buttonClicked", parentData: data, parentDataProperty: "buttonClicked", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.deviceHealthMonitor !== void 0) {
      let data1 = data.deviceHealthMonitor;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
      } else {
        const err0 = { instancePath: instancePath + "/deviceHealthMonitor", schemaPath: "#/properties/deviceHealthMonitor/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
validate21.evaluated = { "props": { "buttonClicked": true, "deviceHealthMonitor": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.deviceEvent === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deviceEvent" }, message: "must have required property 'deviceEvent'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.deviceInfo === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deviceInfo" }, message: "must have required property 'deviceInfo'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deviceEvent !== void 0) {
      if (!validate21(data.deviceEvent, { instancePath: instancePath + "/deviceEvent", parentData: data, parentDataProperty: "deviceEvent", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.deviceInfo !== void 0) {
      let data1 = data.deviceInfo;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.deviceId === void 0) {
          const err2 = { instancePath: instancePath + "/deviceInfo", schemaPath: "#/$defs/IoTOneClickDeviceInfo/required", keyword: "required", params: { missingProperty: "deviceId" }, message: "must have required property 'deviceId'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data1.type === void 0) {
          const err3 = { instancePath: instancePath + "/deviceInfo", schemaPath: "#/$defs/IoTOneClickDeviceInfo/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.deviceId !== void 0) {
          if (typeof data1.deviceId !== "string") {
            const err4 = { instancePath: instancePath + "/deviceInfo/deviceId", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.type !== void 0) {
          if (typeof data1.type !== "string") {
            const err5 = { instancePath: instancePath + "/deviceInfo/type", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.remainingLife !== void 0) {
          let data4 = data1.remainingLife;
          if (!(typeof data4 == "number" && isFinite(data4))) {
            const err6 = { instancePath: instancePath + "/deviceInfo/remainingLife", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/remainingLife/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.attributes !== void 0) {
          let data5 = data1.attributes;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key0 in data5) {
              if (typeof data5[key0] !== "string") {
                const err7 = { instancePath: instancePath + "/deviceInfo/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/deviceInfo/attributes", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/deviceInfo", schemaPath: "#/$defs/IoTOneClickDeviceInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.placementInfo !== void 0) {
      let data7 = data.placementInfo;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.projectName === void 0) {
          const err10 = { instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/required", keyword: "required", params: { missingProperty: "projectName" }, message: "must have required property 'projectName'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data7.placementName === void 0) {
          const err11 = { instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/required", keyword: "required", params: { missingProperty: "placementName" }, message: "must have required property 'placementName'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data7.devices === void 0) {
          const err12 = { instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/required", keyword: "required", params: { missingProperty: "devices" }, message: "must have required property 'devices'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data7.projectName !== void 0) {
          if (typeof data7.projectName !== "string") {
            const err13 = { instancePath: instancePath + "/placementInfo/projectName", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/projectName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data7.placementName !== void 0) {
          if (typeof data7.placementName !== "string") {
            const err14 = { instancePath: instancePath + "/placementInfo/placementName", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/placementName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.attributes !== void 0) {
          let data10 = data7.attributes;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key1 in data10) {
              if (typeof data10[key1] !== "string") {
                const err15 = { instancePath: instancePath + "/placementInfo/attributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/placementInfo/attributes", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data7.devices !== void 0) {
          let data12 = data7.devices;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key2 in data12) {
              if (typeof data12[key2] !== "string") {
                const err17 = { instancePath: instancePath + "/placementInfo/devices/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/devices/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/placementInfo/devices", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/devices/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "deviceEvent": true, "deviceInfo": true, "placementInfo": true }, "dynamicProps": false, "dynamicItems": false };

// iot.one-click.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
