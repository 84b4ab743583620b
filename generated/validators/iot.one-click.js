// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:iot.one-click.standalone.js
var iot_one_click_standalone_default = validate21;
var schema9 = { "enum": ["SINGLE", "DOUBLE", "LONG"] };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data === "SINGLE" || data === "DOUBLE" || data === "LONG")) {
    validate24.errors = [{ instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.clickType === void 0 && (missing0 = "clickType") || data.reportedTime === void 0 && (missing0 = "reportedTime")) {
        validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.clickType !== void 0) {
          const _errs1 = errors;
          if (!validate24(data.clickType, { instancePath: instancePath + "/clickType", parentData: data, parentDataProperty: "clickType", rootData })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.reportedTime !== void 0) {
            const _errs2 = errors;
            if (!validate26(data.reportedTime, { instancePath: instancePath + "/reportedTime", parentData: data, parentDataProperty: "reportedTime", rootData })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.additionalInfo !== void 0) {
              let data2 = data.additionalInfo;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                } else {
                  validate23.errors = [{ instancePath: instancePath + "/additionalInfo", schemaPath: "#/properties/additionalInfo/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.buttonClicked !== void 0) {
        const _errs1 = errors;
        if (!validate23(data.buttonClicked, { instancePath: instancePath + "/buttonClicked", parentData: data, parentDataProperty: "buttonClicked", rootData })) {
          vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
              validate22.errors = [{ instancePath: instancePath + "/deviceHealthMonitor", schemaPath: "#/properties/deviceHealthMonitor/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.deviceId === void 0 && (missing0 = "deviceId") || data.type === void 0 && (missing0 = "type")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.deviceId !== void 0) {
          const _errs1 = errors;
          if (typeof data.deviceId !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/deviceId", schemaPath: "#/properties/deviceId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.type !== void 0) {
            const _errs3 = errors;
            if (typeof data.type !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.remainingLife !== void 0) {
              let data2 = data.remainingLife;
              const _errs5 = errors;
              if (!(typeof data2 == "number" && isFinite(data2))) {
                validate30.errors = [{ instancePath: instancePath + "/remainingLife", schemaPath: "#/properties/remainingLife/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.attributes !== void 0) {
                let data3 = data.attributes;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs10 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate30.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
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
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.projectName === void 0 && (missing0 = "projectName") || data.placementName === void 0 && (missing0 = "placementName") || data.devices === void 0 && (missing0 = "devices")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.projectName !== void 0) {
          const _errs1 = errors;
          if (typeof data.projectName !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/projectName", schemaPath: "#/properties/projectName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.placementName !== void 0) {
            const _errs3 = errors;
            if (typeof data.placementName !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/placementName", schemaPath: "#/properties/placementName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.attributes !== void 0) {
              let data2 = data.attributes;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  for (const key0 in data2) {
                    const _errs8 = errors;
                    if (typeof data2[key0] !== "string") {
                      validate32.errors = [{ instancePath: instancePath + "/attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/attributes/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate32.errors = [{ instancePath: instancePath + "/attributes", schemaPath: "#/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.devices !== void 0) {
                let data4 = data.devices;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key1 in data4) {
                      const _errs13 = errors;
                      if (typeof data4[key1] !== "string") {
                        validate32.errors = [{ instancePath: instancePath + "/devices/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/devices/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs13 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate32.errors = [{ instancePath: instancePath + "/devices", schemaPath: "#/properties/devices/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.deviceEvent === void 0 && (missing0 = "deviceEvent") || data.deviceInfo === void 0 && (missing0 = "deviceInfo")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.deviceEvent !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.deviceEvent, { instancePath: instancePath + "/deviceEvent", parentData: data, parentDataProperty: "deviceEvent", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.deviceInfo !== void 0) {
            const _errs2 = errors;
            if (!validate30(data.deviceInfo, { instancePath: instancePath + "/deviceInfo", parentData: data, parentDataProperty: "deviceInfo", rootData })) {
              vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.placementInfo !== void 0) {
              const _errs3 = errors;
              if (!validate32(data.placementInfo, { instancePath: instancePath + "/placementInfo", parentData: data, parentDataProperty: "placementInfo", rootData })) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
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

// check:iot.one-click.check.js
function d_IoTOneClickDeviceEvent(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v1 = x.buttonClicked;
    if (v1 !== void 0) {
      if (!d_IoTOneClickButtonClicked(v1)) return false;
    }
  }
  {
    const v5 = x.deviceHealthMonitor;
    if (v5 !== void 0) {
      if (!(v5 !== null && typeof v5 === "object" && !Array.isArray(v5))) return false;
    }
  }
  return true;
}
function d_IoTOneClickButtonClicked(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v2 = x.clickType;
    if (v2 === void 0) return false;
    if (!(v2 === "SINGLE" || v2 === "DOUBLE" || v2 === "LONG")) return false;
  }
  {
    const v3 = x.reportedTime;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.additionalInfo;
    if (v4 !== void 0) {
      if (!(v4 !== null && typeof v4 === "object" && !Array.isArray(v4))) return false;
    }
  }
  return true;
}
function d_IoTOneClickDeviceInfo(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v7 = x.deviceId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.type;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.remainingLife;
    if (v9 !== void 0) {
      if (!(typeof v9 === "number" && isFinite(v9))) return false;
    }
  }
  {
    const v10 = x.attributes;
    if (v10 !== void 0) {
      if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
      for (const v11 in v10) {
        const v12 = v10[v11];
        if (!(typeof v12 === "string")) return false;
      }
    }
  }
  return true;
}
function d_IoTOneClickPlacementInfo(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.projectName;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.placementName;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.attributes;
    if (v16 !== void 0) {
      if (!(v16 !== null && typeof v16 === "object" && !Array.isArray(v16))) return false;
      for (const v17 in v16) {
        const v18 = v16[v17];
        if (!(typeof v18 === "string")) return false;
      }
    }
  }
  {
    const v19 = x.devices;
    if (v19 === void 0) return false;
    if (!(v19 !== null && typeof v19 === "object" && !Array.isArray(v19))) return false;
    for (const v20 in v19) {
      const v21 = v19[v20];
      if (!(typeof v21 === "string")) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.deviceEvent;
    if (v0 === void 0) return false;
    if (!d_IoTOneClickDeviceEvent(v0)) return false;
  }
  {
    const v6 = x.deviceInfo;
    if (v6 === void 0) return false;
    if (!d_IoTOneClickDeviceInfo(v6)) return false;
  }
  {
    const v13 = x.placementInfo;
    if (v13 !== void 0) {
      if (!d_IoTOneClickPlacementInfo(v13)) return false;
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

// iot.one-click.entry.ts
var validate = withStandardSchema(checked(check, iot_one_click_standalone_default), "iot.one-click");
export {
  validate as default,
  validate
};
