// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.one-click.strict.standalone.js
var iot_one_click_strict_standalone_default = validate20;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clickType === void 0 && (missing0 = "clickType") || data.reportedTime === void 0 && (missing0 = "reportedTime")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clickType !== void 0) {
          let data0 = data.clickType;
          const _errs1 = errors;
          if (!(data0 === "SINGLE" || data0 === "DOUBLE" || data0 === "LONG")) {
            validate22.errors = [{ instancePath: instancePath + "/clickType", schemaPath: "#/$defs/IoTButtonClickType/enum", keyword: "enum", params: { allowedValues: schema34.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.reportedTime !== void 0) {
            let data1 = data.reportedTime;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === "string") {
                if (!pattern4.test(data1)) {
                  validate22.errors = [{ instancePath: instancePath + "/reportedTime", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
                  return false;
                }
              } else {
                validate22.errors = [{ instancePath: instancePath + "/reportedTime", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.additionalInfo !== void 0) {
              let data2 = data.additionalInfo;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                } else {
                  validate22.errors = [{ instancePath: instancePath + "/additionalInfo", schemaPath: "#/properties/additionalInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.buttonClicked !== void 0) {
        const _errs1 = errors;
        if (!validate22(data.buttonClicked, { instancePath: instancePath + "/buttonClicked", parentData: data, parentDataProperty: "buttonClicked", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.deviceHealthMonitor !== void 0) {
          let data1 = data.deviceHealthMonitor;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            } else {
              validate21.errors = [{ instancePath: instancePath + "/deviceHealthMonitor", schemaPath: "#/properties/deviceHealthMonitor/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.deviceEvent === void 0 && (missing0 = "deviceEvent") || data.deviceInfo === void 0 && (missing0 = "deviceInfo")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.deviceEvent !== void 0) {
          const _errs1 = errors;
          if (!validate21(data.deviceEvent, { instancePath: instancePath + "/deviceEvent", parentData: data, parentDataProperty: "deviceEvent", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.deviceInfo !== void 0) {
            let data1 = data.deviceInfo;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.deviceId === void 0 && (missing1 = "deviceId") || data1.type === void 0 && (missing1 = "type")) {
                  validate20.errors = [{ instancePath: instancePath + "/deviceInfo", schemaPath: "#/$defs/IoTOneClickDeviceInfo/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.deviceId !== void 0) {
                    const _errs5 = errors;
                    if (typeof data1.deviceId !== "string") {
                      validate20.errors = [{ instancePath: instancePath + "/deviceInfo/deviceId", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid2 = _errs5 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.type !== void 0) {
                      const _errs7 = errors;
                      if (typeof data1.type !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/deviceInfo/type", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs7 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data1.remainingLife !== void 0) {
                        let data4 = data1.remainingLife;
                        const _errs9 = errors;
                        if (!(typeof data4 == "number" && isFinite(data4))) {
                          validate20.errors = [{ instancePath: instancePath + "/deviceInfo/remainingLife", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/remainingLife/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                        var valid2 = _errs9 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.attributes !== void 0) {
                          let data5 = data1.attributes;
                          const _errs11 = errors;
                          if (errors === _errs11) {
                            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                              for (const key0 in data5) {
                                const _errs14 = errors;
                                if (typeof data5[key0] !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/deviceInfo/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid3 = _errs14 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/deviceInfo/attributes", schemaPath: "#/$defs/IoTOneClickDeviceInfo/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid2 = _errs11 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/deviceInfo", schemaPath: "#/$defs/IoTOneClickDeviceInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.placementInfo !== void 0) {
              let data7 = data.placementInfo;
              const _errs16 = errors;
              const _errs17 = errors;
              if (errors === _errs17) {
                if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                  let missing2;
                  if (data7.projectName === void 0 && (missing2 = "projectName") || data7.placementName === void 0 && (missing2 = "placementName") || data7.devices === void 0 && (missing2 = "devices")) {
                    validate20.errors = [{ instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                    return false;
                  } else {
                    if (data7.projectName !== void 0) {
                      const _errs19 = errors;
                      if (typeof data7.projectName !== "string") {
                        validate20.errors = [{ instancePath: instancePath + "/placementInfo/projectName", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/projectName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid5 = _errs19 === errors;
                    } else {
                      var valid5 = true;
                    }
                    if (valid5) {
                      if (data7.placementName !== void 0) {
                        const _errs21 = errors;
                        if (typeof data7.placementName !== "string") {
                          validate20.errors = [{ instancePath: instancePath + "/placementInfo/placementName", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/placementName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid5 = _errs21 === errors;
                      } else {
                        var valid5 = true;
                      }
                      if (valid5) {
                        if (data7.attributes !== void 0) {
                          let data10 = data7.attributes;
                          const _errs23 = errors;
                          if (errors === _errs23) {
                            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                              for (const key1 in data10) {
                                const _errs26 = errors;
                                if (typeof data10[key1] !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/placementInfo/attributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid6 = _errs26 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/placementInfo/attributes", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid5 = _errs23 === errors;
                        } else {
                          var valid5 = true;
                        }
                        if (valid5) {
                          if (data7.devices !== void 0) {
                            let data12 = data7.devices;
                            const _errs28 = errors;
                            if (errors === _errs28) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                for (const key2 in data12) {
                                  const _errs31 = errors;
                                  if (typeof data12[key2] !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/placementInfo/devices/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/devices/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid7 = _errs31 === errors;
                                  if (!valid7) {
                                    break;
                                  }
                                }
                              } else {
                                validate20.errors = [{ instancePath: instancePath + "/placementInfo/devices", schemaPath: "#/$defs/IoTOneClickPlacementInfo/properties/devices/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid5 = _errs28 === errors;
                          } else {
                            var valid5 = true;
                          }
                        }
                      }
                    }
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/placementInfo", schemaPath: "#/$defs/IoTOneClickPlacementInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "deviceEvent": true, "deviceInfo": true, "placementInfo": true }, "dynamicProps": false, "dynamicItems": false };

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

// iot.one-click.strict.entry.ts
withStandardSchema(iot_one_click_strict_standalone_default, "iot.one-click");
export {
  iot_one_click_strict_standalone_default as default,
  iot_one_click_strict_standalone_default as validate
};
