// Generated from schemas/macie/eventbridge-bucket-writable-alert.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:macie.eventbridge-bucket-writable-alert.standalone.js
var macie_eventbridge_bucket_writable_alert_standalone_default = validate21;
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
  if (typeof data !== "string") {
    validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.id === void 0 && (missing0 = "id") || data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.account === void 0 && (missing0 = "account") || data.time === void 0 && (missing0 = "time") || data.region === void 0 && (missing0 = "region") || data.resources === void 0 && (missing0 = "resources") || data.detail === void 0 && (missing0 = "detail")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if ("0" !== data.version) {
            validate22.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["detail-type"] !== void 0) {
              const _errs4 = errors;
              if (typeof data["detail-type"] !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.source !== void 0) {
                const _errs6 = errors;
                if (typeof data.source !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.account !== void 0) {
                  const _errs8 = errors;
                  if (!validate23(data.account, { instancePath: instancePath + "/account", parentData: data, parentDataProperty: "account", rootData })) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.time !== void 0) {
                    const _errs9 = errors;
                    if (!validate25(data.time, { instancePath: instancePath + "/time", parentData: data, parentDataProperty: "time", rootData })) {
                      vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.region !== void 0) {
                      const _errs10 = errors;
                      if (!validate27(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.resources !== void 0) {
                        let data7 = data.resources;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (Array.isArray(data7)) {
                            var valid1 = true;
                            const len0 = data7.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs13 = errors;
                              if (typeof data7[i0] !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid1 = _errs13 === errors;
                              if (!valid1) {
                                break;
                              }
                            }
                          } else {
                            validate22.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs11 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.detail !== void 0) {
                          let data9 = data.detail;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                            } else {
                              validate22.errors = [{ instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data["replay-name"] !== void 0) {
                            const _errs18 = errors;
                            if (typeof data["replay-name"] !== "string") {
                              validate22.errors = [{ instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid0 = _errs18 === errors;
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
    } else {
      validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name !== void 0) {
        const _errs1 = errors;
        if (typeof data.name !== "string") {
          validate33.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data.description !== void 0) {
          const _errs3 = errors;
          if (typeof data.description !== "string") {
            validate33.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.narrative !== void 0) {
            const _errs5 = errors;
            if (typeof data.narrative !== "string") {
              validate33.errors = [{ instancePath: instancePath + "/narrative", schemaPath: "#/properties/narrative/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.risk !== void 0) {
              let data3 = data.risk;
              const _errs7 = errors;
              if (!(typeof data3 == "number" && isFinite(data3))) {
                validate33.errors = [{ instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.anomalous !== void 0) {
                const _errs9 = errors;
                if (typeof data.anomalous !== "boolean") {
                  validate33.errors = [{ instancePath: instancePath + "/anomalous", schemaPath: "#/properties/anomalous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.multiplier !== void 0) {
                  let data5 = data.multiplier;
                  const _errs11 = errors;
                  if (!(typeof data5 == "number" && isFinite(data5))) {
                    validate33.errors = [{ instancePath: instancePath + "/multiplier", schemaPath: "#/properties/multiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.excession_times !== void 0) {
                    let data6 = data.excession_times;
                    const _errs13 = errors;
                    if (errors === _errs13) {
                      if (Array.isArray(data6)) {
                        var valid1 = true;
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs15 = errors;
                          if (typeof data6[i0] !== "string") {
                            validate33.errors = [{ instancePath: instancePath + "/excession_times/" + i0, schemaPath: "#/properties/excession_times/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid1 = _errs15 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate33.errors = [{ instancePath: instancePath + "/excession_times", schemaPath: "#/properties/excession_times/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["alert-type"] === void 0 && (missing0 = "alert-type")) {
        validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["alert-type"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["alert-type"] !== "string") {
            validate32.errors = [{ instancePath: instancePath + "/alert-type", schemaPath: "#/properties/alert-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["rule-arn"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["rule-arn"] !== "string") {
              validate32.errors = [{ instancePath: instancePath + "/rule-arn", schemaPath: "#/properties/rule-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["created-at"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["created-at"] !== "string") {
                validate32.errors = [{ instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.description !== void 0) {
                const _errs7 = errors;
                if (typeof data.description !== "string") {
                  validate32.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.risk !== void 0) {
                  let data4 = data.risk;
                  const _errs9 = errors;
                  if (!(typeof data4 == "number" && isFinite(data4))) {
                    validate32.errors = [{ instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.features !== void 0) {
                    let data5 = data.features;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        for (const key0 in data5) {
                          const _errs14 = errors;
                          if (!validate33(data5[key0], { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key0, rootData })) {
                            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                            errors = vErrors.length;
                          }
                          var valid1 = _errs14 === errors;
                          if (!valid1) {
                            break;
                          }
                        }
                      } else {
                        validate32.errors = [{ instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
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
    } else {
      validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.count !== void 0) {
              let data1 = data0.count;
              if (!(typeof data1 == "number" && isFinite(data1))) {
                validate37.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/count", schemaPath: "#/additionalProperties/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
          } else {
            validate37.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (!(typeof data0 == "number" && isFinite(data0))) {
          validate39.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        let data0 = data[key0];
        const _errs2 = errors;
        if (errors === _errs2) {
          if (Array.isArray(data0)) {
            var valid1 = true;
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0];
              const _errs4 = errors;
              if (errors === _errs4) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  if (data1.Owner !== void 0) {
                    let data2 = data1.Owner;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                        if (data2.DisplayName !== void 0) {
                          const _errs8 = errors;
                          if (typeof data2.DisplayName !== "string") {
                            validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Owner/DisplayName", schemaPath: "#/additionalProperties/items/properties/Owner/properties/DisplayName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data2.ID !== void 0) {
                            const _errs10 = errors;
                            if (typeof data2.ID !== "string") {
                              validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Owner/ID", schemaPath: "#/additionalProperties/items/properties/Owner/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      } else {
                        validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Owner", schemaPath: "#/additionalProperties/items/properties/Owner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.Grants !== void 0) {
                      let data5 = data1.Grants;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data5)) {
                          var valid4 = true;
                          const len1 = data5.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            let data6 = data5[i1];
                            const _errs14 = errors;
                            if (errors === _errs14) {
                              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                if (data6.Grantee !== void 0) {
                                  let data7 = data6.Grantee;
                                  const _errs16 = errors;
                                  if (errors === _errs16) {
                                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                                      if (data7.Type !== void 0) {
                                        const _errs18 = errors;
                                        if (typeof data7.Type !== "string") {
                                          validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1 + "/Grantee/Type", schemaPath: "#/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid6 = _errs18 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data7.URI !== void 0) {
                                          const _errs20 = errors;
                                          if (typeof data7.URI !== "string") {
                                            validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1 + "/Grantee/URI", schemaPath: "#/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/URI/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid6 = _errs20 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data7.ID !== void 0) {
                                            const _errs22 = errors;
                                            if (typeof data7.ID !== "string") {
                                              validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1 + "/Grantee/ID", schemaPath: "#/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid6 = _errs22 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                        }
                                      }
                                    } else {
                                      validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1 + "/Grantee", schemaPath: "#/additionalProperties/items/properties/Grants/items/properties/Grantee/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid5 = _errs16 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data6.Permission !== void 0) {
                                    const _errs24 = errors;
                                    if (typeof data6.Permission !== "string") {
                                      validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1 + "/Permission", schemaPath: "#/additionalProperties/items/properties/Grants/items/properties/Permission/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs24 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                }
                              } else {
                                validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants/" + i1, schemaPath: "#/additionalProperties/items/properties/Grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid4 = _errs14 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        } else {
                          validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0 + "/Grants", schemaPath: "#/additionalProperties/items/properties/Grants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                } else {
                  validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/additionalProperties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs4 === errors;
              if (!valid1) {
                break;
              }
            }
          } else {
            validate49.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
            return false;
          }
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Description !== void 0) {
        const _errs1 = errors;
        if (typeof data.Description !== "string") {
          validate36.errors = [{ instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
      if (valid0) {
        if (data["Record Count"] !== void 0) {
          let data1 = data["Record Count"];
          const _errs3 = errors;
          if (!(typeof data1 == "number" && isFinite(data1))) {
            validate36.errors = [{ instancePath: instancePath + "/Record Count", schemaPath: "#/properties/Record%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
            return false;
          }
          var valid0 = _errs3 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["Event Count"] !== void 0) {
            let data2 = data["Event Count"];
            const _errs5 = errors;
            if (!(typeof data2 == "number" && isFinite(data2))) {
              validate36.errors = [{ instancePath: instancePath + "/Event Count", schemaPath: "#/properties/Event%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
            var valid0 = _errs5 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["Time Range"] !== void 0) {
              let data3 = data["Time Range"];
              const _errs7 = errors;
              if (errors === _errs7) {
                if (Array.isArray(data3)) {
                  var valid1 = true;
                  const len0 = data3.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing0;
                        if (data4.count === void 0 && (missing0 = "count") || data4.start === void 0 && (missing0 = "start") || data4.end === void 0 && (missing0 = "end")) {
                          validate36.errors = [{ instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                          return false;
                        } else {
                          if (data4.count !== void 0) {
                            let data5 = data4.count;
                            const _errs11 = errors;
                            if (!(typeof data5 == "number" && isFinite(data5))) {
                              validate36.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/count", schemaPath: "#/properties/Time%20Range/items/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                              return false;
                            }
                            var valid2 = _errs11 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data4.start !== void 0) {
                              const _errs13 = errors;
                              if (typeof data4.start !== "string") {
                                validate36.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/start", schemaPath: "#/properties/Time%20Range/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs13 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data4.end !== void 0) {
                                const _errs15 = errors;
                                if (typeof data4.end !== "string") {
                                  validate36.errors = [{ instancePath: instancePath + "/Time Range/" + i0 + "/end", schemaPath: "#/properties/Time%20Range/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid2 = _errs15 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate36.errors = [{ instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid1 = _errs9 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate36.errors = [{ instancePath: instancePath + "/Time Range", schemaPath: "#/properties/Time%20Range/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["Source ARN"] !== void 0) {
                const _errs17 = errors;
                if (typeof data["Source ARN"] !== "string") {
                  validate36.errors = [{ instancePath: instancePath + "/Source ARN", schemaPath: "#/properties/Source%20ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs17 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.Events !== void 0) {
                  const _errs19 = errors;
                  if (!validate37(data.Events, { instancePath: instancePath + "/Events", parentData: data, parentDataProperty: "Events", rootData })) {
                    vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs19 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.IP !== void 0) {
                    const _errs20 = errors;
                    if (!validate39(data.IP, { instancePath: instancePath + "/IP", parentData: data, parentDataProperty: "IP", rootData })) {
                      vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs20 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.Location !== void 0) {
                      const _errs21 = errors;
                      if (!validate39(data.Location, { instancePath: instancePath + "/Location", parentData: data, parentDataProperty: "Location", rootData })) {
                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.recipientAccountId !== void 0) {
                        const _errs22 = errors;
                        if (!validate39(data.recipientAccountId, { instancePath: instancePath + "/recipientAccountId", parentData: data, parentDataProperty: "recipientAccountId", rootData })) {
                          vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs22 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.Bucket !== void 0) {
                          const _errs23 = errors;
                          if (!validate39(data.Bucket, { instancePath: instancePath + "/Bucket", parentData: data, parentDataProperty: "Bucket", rootData })) {
                            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs23 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.Object !== void 0) {
                            const _errs24 = errors;
                            if (!validate39(data.Object, { instancePath: instancePath + "/Object", parentData: data, parentDataProperty: "Object", rootData })) {
                              vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs24 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Themes !== void 0) {
                              const _errs25 = errors;
                              if (!validate39(data.Themes, { instancePath: instancePath + "/Themes", parentData: data, parentDataProperty: "Themes", rootData })) {
                                vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data["DLP risk"] !== void 0) {
                                const _errs26 = errors;
                                if (!validate39(data["DLP risk"], { instancePath: instancePath + "/DLP risk", parentData: data, parentDataProperty: "DLP risk", rootData })) {
                                  vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs26 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.Owner !== void 0) {
                                  const _errs27 = errors;
                                  if (!validate39(data.Owner, { instancePath: instancePath + "/Owner", parentData: data, parentDataProperty: "Owner", rootData })) {
                                    vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs27 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Timestamps !== void 0) {
                                    const _errs28 = errors;
                                    if (!validate39(data.Timestamps, { instancePath: instancePath + "/Timestamps", parentData: data, parentDataProperty: "Timestamps", rootData })) {
                                      vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid0 = _errs28 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.ACL !== void 0) {
                                      const _errs29 = errors;
                                      if (!validate49(data.ACL, { instancePath: instancePath + "/ACL", parentData: data, parentDataProperty: "ACL", rootData })) {
                                        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs29 === errors;
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
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["notification-type"] === void 0 && (missing0 = "notification-type") || data.name === void 0 && (missing0 = "name") || data.tags === void 0 && (missing0 = "tags") || data.url === void 0 && (missing0 = "url") || data["alert-arn"] === void 0 && (missing0 = "alert-arn") || data["risk-score"] === void 0 && (missing0 = "risk-score") || data.trigger === void 0 && (missing0 = "trigger") || data["created-at"] === void 0 && (missing0 = "created-at") || data.actor === void 0 && (missing0 = "actor")) {
        validate31.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["notification-type"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["notification-type"] !== "string") {
            validate31.errors = [{ instancePath: instancePath + "/notification-type", schemaPath: "#/properties/notification-type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.name !== void 0) {
            const _errs3 = errors;
            if (typeof data.name !== "string") {
              validate31.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tags !== void 0) {
              let data2 = data.tags;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (typeof data2[i0] !== "string") {
                      validate31.errors = [{ instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate31.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.url !== void 0) {
                const _errs9 = errors;
                if (typeof data.url !== "string") {
                  validate31.errors = [{ instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["alert-arn"] !== void 0) {
                  const _errs11 = errors;
                  if (typeof data["alert-arn"] !== "string") {
                    validate31.errors = [{ instancePath: instancePath + "/alert-arn", schemaPath: "#/properties/alert-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data["risk-score"] !== void 0) {
                    let data6 = data["risk-score"];
                    const _errs13 = errors;
                    if (!(typeof data6 == "number" && isFinite(data6))) {
                      validate31.errors = [{ instancePath: instancePath + "/risk-score", schemaPath: "#/properties/risk-score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid0 = _errs13 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data["created-at"] !== void 0) {
                      const _errs15 = errors;
                      if (typeof data["created-at"] !== "string") {
                        validate31.errors = [{ instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.actor !== void 0) {
                        const _errs17 = errors;
                        if (typeof data.actor !== "string") {
                          validate31.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs17 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.trigger !== void 0) {
                          const _errs19 = errors;
                          if (!validate32(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData })) {
                            vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs19 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.summary !== void 0) {
                            const _errs20 = errors;
                            if (!validate36(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData })) {
                              vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                              errors = vErrors.length;
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate31(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.trigger === void 0 && (missing0 = "trigger") || data.summary === void 0 && (missing0 = "summary")) {
          validate30.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data.trigger !== void 0) {
            let data0 = data.trigger;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (data0["alert-type"] === void 0 && (missing1 = "alert-type")) {
                  validate30.errors = [{ instancePath: instancePath + "/trigger", schemaPath: "#/allOf/1/properties/trigger/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data0["alert-type"] !== void 0) {
                    if ("basic" !== data0["alert-type"]) {
                      validate30.errors = [{ instancePath: instancePath + "/trigger/alert-type", schemaPath: "#/allOf/1/properties/trigger/properties/alert-type/const", keyword: "const", params: { allowedValue: "basic" }, message: "must be equal to constant" }];
                      return false;
                    }
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/trigger", schemaPath: "#/allOf/1/properties/trigger/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.summary !== void 0) {
              let data2 = data.summary;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                  let missing2;
                  if (data2.ACL === void 0 && (missing2 = "ACL")) {
                    validate30.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                    return false;
                  } else {
                    if (data2.ACL !== void 0) {
                      if (!validate49(data2.ACL, { instancePath: instancePath + "/summary/ACL", parentData: data2, parentDataProperty: "ACL", rootData })) {
                        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
                        errors = vErrors.length;
                      }
                    }
                  }
                } else {
                  validate30.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
          }
        }
      } else {
        validate30.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["detail-type"] === void 0 && (missing0 = "detail-type") || data.source === void 0 && (missing0 = "source") || data.detail === void 0 && (missing0 = "detail")) {
          validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          if (data["detail-type"] !== void 0) {
            const _errs3 = errors;
            if ("Macie Alert" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "Macie Alert" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.macie" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.macie" }, message: "must be equal to constant" }];
                return false;
              }
              var valid1 = _errs4 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.detail !== void 0) {
                const _errs5 = errors;
                if (!validate30(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData })) {
                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                  errors = vErrors.length;
                }
                var valid1 = _errs5 === errors;
              } else {
                var valid1 = true;
              }
            }
          }
        }
      } else {
        validate21.errors = [{ instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:macie.eventbridge-bucket-writable-alert.check.js
function d_EventBridgeEnvelope(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(v0 === "0")) return false;
  }
  {
    const v1 = x.id;
    if (v1 === void 0) return false;
    if (!(typeof v1 === "string")) return false;
  }
  {
    const v2 = x["detail-type"];
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.source;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.account;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string")) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.resources;
    if (v7 === void 0) return false;
    if (!Array.isArray(v7)) return false;
    for (let v9 = 0; v9 < v7.length; v9++) {
      const v8 = v7[v9];
      if (!(typeof v8 === "string")) return false;
    }
  }
  {
    const v10 = x.detail;
    if (v10 === void 0) return false;
    if (!(v10 !== null && typeof v10 === "object" && !Array.isArray(v10))) return false;
  }
  {
    const v11 = x["replay-name"];
    if (v11 !== void 0) {
      if (!(typeof v11 === "string")) return false;
    }
  }
  return true;
}
function d_MacieBucketWritableAlertDetail(x) {
  if (!d_MacieAlertDetailBase(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v85 = x.trigger;
    if (v85 === void 0) return false;
    if (!(v85 !== null && typeof v85 === "object" && !Array.isArray(v85))) return false;
    {
      const v86 = v85["alert-type"];
      if (v86 === void 0) return false;
      if (!(v86 === "basic")) return false;
    }
  }
  {
    const v87 = x.summary;
    if (v87 === void 0) return false;
    if (!(v87 !== null && typeof v87 === "object" && !Array.isArray(v87))) return false;
    {
      const v88 = v87.ACL;
      if (v88 === void 0) return false;
      if (!d_MacieAlertBucketAcls(v88)) return false;
    }
  }
  return true;
}
function d_MacieAlertDetailBase(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x["notification-type"];
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x.name;
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x.tags;
    if (v17 === void 0) return false;
    if (!Array.isArray(v17)) return false;
    for (let v19 = 0; v19 < v17.length; v19++) {
      const v18 = v17[v19];
      if (!(typeof v18 === "string")) return false;
    }
  }
  {
    const v20 = x.url;
    if (v20 === void 0) return false;
    if (!(typeof v20 === "string")) return false;
  }
  {
    const v21 = x["alert-arn"];
    if (v21 === void 0) return false;
    if (!(typeof v21 === "string")) return false;
  }
  {
    const v22 = x["risk-score"];
    if (v22 === void 0) return false;
    if (!(typeof v22 === "number" && isFinite(v22))) return false;
  }
  {
    const v23 = x["created-at"];
    if (v23 === void 0) return false;
    if (!(typeof v23 === "string")) return false;
  }
  {
    const v24 = x.actor;
    if (v24 === void 0) return false;
    if (!(typeof v24 === "string")) return false;
  }
  {
    const v25 = x.trigger;
    if (v25 === void 0) return false;
    if (!d_MacieAlertTrigger(v25)) return false;
  }
  {
    const v43 = x.summary;
    if (v43 !== void 0) {
      if (!d_MacieAlertSummary(v43)) return false;
    }
  }
  return true;
}
function d_MacieAlertTrigger(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v26 = x["alert-type"];
    if (v26 === void 0) return false;
    if (!(typeof v26 === "string")) return false;
  }
  {
    const v27 = x["rule-arn"];
    if (v27 !== void 0) {
      if (!(typeof v27 === "string")) return false;
    }
  }
  {
    const v28 = x["created-at"];
    if (v28 !== void 0) {
      if (!(typeof v28 === "string")) return false;
    }
  }
  {
    const v29 = x.description;
    if (v29 !== void 0) {
      if (!(typeof v29 === "string")) return false;
    }
  }
  {
    const v30 = x.risk;
    if (v30 !== void 0) {
      if (!(typeof v30 === "number" && isFinite(v30))) return false;
    }
  }
  {
    const v31 = x.features;
    if (v31 !== void 0) {
      if (!(v31 !== null && typeof v31 === "object" && !Array.isArray(v31))) return false;
      for (const v32 in v31) {
        const v33 = v31[v32];
        if (!d_MacieAlertFeature(v33)) return false;
      }
    }
  }
  return true;
}
function d_MacieAlertFeature(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v34 = x.name;
    if (v34 !== void 0) {
      if (!(typeof v34 === "string")) return false;
    }
  }
  {
    const v35 = x.description;
    if (v35 !== void 0) {
      if (!(typeof v35 === "string")) return false;
    }
  }
  {
    const v36 = x.narrative;
    if (v36 !== void 0) {
      if (!(typeof v36 === "string")) return false;
    }
  }
  {
    const v37 = x.risk;
    if (v37 !== void 0) {
      if (!(typeof v37 === "number" && isFinite(v37))) return false;
    }
  }
  {
    const v38 = x.anomalous;
    if (v38 !== void 0) {
      if (!(typeof v38 === "boolean")) return false;
    }
  }
  {
    const v39 = x.multiplier;
    if (v39 !== void 0) {
      if (!(typeof v39 === "number" && isFinite(v39))) return false;
    }
  }
  {
    const v40 = x.excession_times;
    if (v40 !== void 0) {
      if (!Array.isArray(v40)) return false;
      for (let v42 = 0; v42 < v40.length; v42++) {
        const v41 = v40[v42];
        if (!(typeof v41 === "string")) return false;
      }
    }
  }
  return true;
}
function d_MacieAlertSummary(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v44 = x.Description;
    if (v44 !== void 0) {
      if (!(typeof v44 === "string")) return false;
    }
  }
  {
    const v45 = x["Record Count"];
    if (v45 !== void 0) {
      if (!(typeof v45 === "number" && isFinite(v45))) return false;
    }
  }
  {
    const v46 = x["Event Count"];
    if (v46 !== void 0) {
      if (!(typeof v46 === "number" && isFinite(v46))) return false;
    }
  }
  {
    const v47 = x["Time Range"];
    if (v47 !== void 0) {
      if (!Array.isArray(v47)) return false;
      for (let v49 = 0; v49 < v47.length; v49++) {
        const v48 = v47[v49];
        if (!(v48 !== null && typeof v48 === "object" && !Array.isArray(v48))) return false;
        {
          const v50 = v48.count;
          if (v50 === void 0) return false;
          if (!(typeof v50 === "number" && isFinite(v50))) return false;
        }
        {
          const v51 = v48.start;
          if (v51 === void 0) return false;
          if (!(typeof v51 === "string")) return false;
        }
        {
          const v52 = v48.end;
          if (v52 === void 0) return false;
          if (!(typeof v52 === "string")) return false;
        }
      }
    }
  }
  {
    const v53 = x["Source ARN"];
    if (v53 !== void 0) {
      if (!(typeof v53 === "string")) return false;
    }
  }
  {
    const v54 = x.Events;
    if (v54 !== void 0) {
      if (!d_MacieAlertApiActivity(v54)) return false;
    }
  }
  {
    const v58 = x.IP;
    if (v58 !== void 0) {
      if (!d_MacieAlertCounts(v58)) return false;
    }
  }
  {
    const v61 = x.Location;
    if (v61 !== void 0) {
      if (!d_MacieAlertCounts(v61)) return false;
    }
  }
  {
    const v62 = x.recipientAccountId;
    if (v62 !== void 0) {
      if (!d_MacieAlertCounts(v62)) return false;
    }
  }
  {
    const v63 = x.Bucket;
    if (v63 !== void 0) {
      if (!d_MacieAlertCounts(v63)) return false;
    }
  }
  {
    const v64 = x.Object;
    if (v64 !== void 0) {
      if (!d_MacieAlertCounts(v64)) return false;
    }
  }
  {
    const v65 = x.Themes;
    if (v65 !== void 0) {
      if (!d_MacieAlertCounts(v65)) return false;
    }
  }
  {
    const v66 = x["DLP risk"];
    if (v66 !== void 0) {
      if (!d_MacieAlertCounts(v66)) return false;
    }
  }
  {
    const v67 = x.Owner;
    if (v67 !== void 0) {
      if (!d_MacieAlertCounts(v67)) return false;
    }
  }
  {
    const v68 = x.Timestamps;
    if (v68 !== void 0) {
      if (!d_MacieAlertCounts(v68)) return false;
    }
  }
  {
    const v69 = x.ACL;
    if (v69 !== void 0) {
      if (!d_MacieAlertBucketAcls(v69)) return false;
    }
  }
  return true;
}
function d_MacieAlertApiActivity(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v55 in x) {
    const v56 = x[v55];
    if (!(v56 !== null && typeof v56 === "object" && !Array.isArray(v56))) return false;
    {
      const v57 = v56.count;
      if (v57 !== void 0) {
        if (!(typeof v57 === "number" && isFinite(v57))) return false;
      }
    }
  }
  return true;
}
function d_MacieAlertCounts(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v59 in x) {
    const v60 = x[v59];
    if (!(typeof v60 === "number" && isFinite(v60))) return false;
  }
  return true;
}
function d_MacieAlertBucketAcls(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v70 in x) {
    const v71 = x[v70];
    if (!Array.isArray(v71)) return false;
    for (let v73 = 0; v73 < v71.length; v73++) {
      const v72 = v71[v73];
      if (!(v72 !== null && typeof v72 === "object" && !Array.isArray(v72))) return false;
      {
        const v74 = v72.Owner;
        if (v74 !== void 0) {
          if (!(v74 !== null && typeof v74 === "object" && !Array.isArray(v74))) return false;
          {
            const v75 = v74.DisplayName;
            if (v75 !== void 0) {
              if (!(typeof v75 === "string")) return false;
            }
          }
          {
            const v76 = v74.ID;
            if (v76 !== void 0) {
              if (!(typeof v76 === "string")) return false;
            }
          }
        }
      }
      {
        const v77 = v72.Grants;
        if (v77 !== void 0) {
          if (!Array.isArray(v77)) return false;
          for (let v79 = 0; v79 < v77.length; v79++) {
            const v78 = v77[v79];
            if (!(v78 !== null && typeof v78 === "object" && !Array.isArray(v78))) return false;
            {
              const v80 = v78.Grantee;
              if (v80 !== void 0) {
                if (!(v80 !== null && typeof v80 === "object" && !Array.isArray(v80))) return false;
                {
                  const v81 = v80.Type;
                  if (v81 !== void 0) {
                    if (!(typeof v81 === "string")) return false;
                  }
                }
                {
                  const v82 = v80.URI;
                  if (v82 !== void 0) {
                    if (!(typeof v82 === "string")) return false;
                  }
                }
                {
                  const v83 = v80.ID;
                  if (v83 !== void 0) {
                    if (!(typeof v83 === "string")) return false;
                  }
                }
              }
            }
            {
              const v84 = v78.Permission;
              if (v84 !== void 0) {
                if (!(typeof v84 === "string")) return false;
              }
            }
          }
        }
      }
    }
  }
  return true;
}
function check(x) {
  if (!d_EventBridgeEnvelope(x)) return false;
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v12 = x["detail-type"];
    if (v12 === void 0) return false;
    if (!(v12 === "Macie Alert")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.macie")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_MacieBucketWritableAlertDetail(v14)) return false;
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

// macie.eventbridge-bucket-writable-alert.entry.ts
var validate = withStandardSchema(checked(check, macie_eventbridge_bucket_writable_alert_standalone_default), "macie.eventbridge-bucket-writable-alert");
export {
  validate as default,
  validate
};
