// Generated from schemas/ecr/eventbridge-image-scan.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:ecr.eventbridge-image-scan.strict.standalone.js
var ecr_eventbridge_image_scan_strict_standalone_default = validate21;
var pattern0 = new RegExp("^[0-9]{12}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern0.test(data)) {
        validate23.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' }];
        return false;
      }
    } else {
      validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern1.test(data)) {
        validate25.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' }];
        return false;
      }
    } else {
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        validate27.errors = [{ instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' }];
        return false;
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
      return false;
    }
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
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data["scan-status"] === void 0 && (missing0 = "scan-status") || data["repository-name"] === void 0 && (missing0 = "repository-name")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data["scan-status"] !== void 0) {
          const _errs1 = errors;
          if (typeof data["scan-status"] !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/scan-status", schemaPath: "#/properties/scan-status/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data["repository-name"] !== void 0) {
            const _errs3 = errors;
            if (typeof data["repository-name"] !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/repository-name", schemaPath: "#/properties/repository-name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data["image-digest"] !== void 0) {
              const _errs5 = errors;
              if (typeof data["image-digest"] !== "string") {
                validate30.errors = [{ instancePath: instancePath + "/image-digest", schemaPath: "#/properties/image-digest/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data["image-tags"] !== void 0) {
                let data3 = data["image-tags"];
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    var valid1 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs9 = errors;
                      if (typeof data3[i0] !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/image-tags/" + i0, schemaPath: "#/properties/image-tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate30.errors = [{ instancePath: instancePath + "/image-tags", schemaPath: "#/properties/image-tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data["finding-severity-counts"] !== void 0) {
                  let data5 = data["finding-severity-counts"];
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      if (data5.CRITICAL !== void 0) {
                        let data6 = data5.CRITICAL;
                        const _errs13 = errors;
                        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                          validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/CRITICAL", schemaPath: "#/properties/finding-severity-counts/properties/CRITICAL/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs13) {
                          if (typeof data6 == "number" && isFinite(data6)) {
                            if (data6 < 0 || isNaN(data6)) {
                              validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/CRITICAL", schemaPath: "#/properties/finding-severity-counts/properties/CRITICAL/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          }
                        }
                        var valid2 = _errs13 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data5.HIGH !== void 0) {
                          let data7 = data5.HIGH;
                          const _errs15 = errors;
                          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                            validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/HIGH", schemaPath: "#/properties/finding-severity-counts/properties/HIGH/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs15) {
                            if (typeof data7 == "number" && isFinite(data7)) {
                              if (data7 < 0 || isNaN(data7)) {
                                validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/HIGH", schemaPath: "#/properties/finding-severity-counts/properties/HIGH/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs15 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data5.MEDIUM !== void 0) {
                            let data8 = data5.MEDIUM;
                            const _errs17 = errors;
                            if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
                              validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/MEDIUM", schemaPath: "#/properties/finding-severity-counts/properties/MEDIUM/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs17) {
                              if (typeof data8 == "number" && isFinite(data8)) {
                                if (data8 < 0 || isNaN(data8)) {
                                  validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/MEDIUM", schemaPath: "#/properties/finding-severity-counts/properties/MEDIUM/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs17 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data5.LOW !== void 0) {
                              let data9 = data5.LOW;
                              const _errs19 = errors;
                              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                                validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/LOW", schemaPath: "#/properties/finding-severity-counts/properties/LOW/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs19) {
                                if (typeof data9 == "number" && isFinite(data9)) {
                                  if (data9 < 0 || isNaN(data9)) {
                                    validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/LOW", schemaPath: "#/properties/finding-severity-counts/properties/LOW/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                              var valid2 = _errs19 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data5.INFORMATIONAL !== void 0) {
                                let data10 = data5.INFORMATIONAL;
                                const _errs21 = errors;
                                if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                                  validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/INFORMATIONAL", schemaPath: "#/properties/finding-severity-counts/properties/INFORMATIONAL/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs21) {
                                  if (typeof data10 == "number" && isFinite(data10)) {
                                    if (data10 < 0 || isNaN(data10)) {
                                      validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/INFORMATIONAL", schemaPath: "#/properties/finding-severity-counts/properties/INFORMATIONAL/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid2 = _errs21 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.UNDEFINED !== void 0) {
                                  let data11 = data5.UNDEFINED;
                                  const _errs23 = errors;
                                  if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                                    validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/UNDEFINED", schemaPath: "#/properties/finding-severity-counts/properties/UNDEFINED/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs23) {
                                    if (typeof data11 == "number" && isFinite(data11)) {
                                      if (data11 < 0 || isNaN(data11)) {
                                        validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts/UNDEFINED", schemaPath: "#/properties/finding-severity-counts/properties/UNDEFINED/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid2 = _errs23 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate30.errors = [{ instancePath: instancePath + "/finding-severity-counts", schemaPath: "#/properties/finding-severity-counts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
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
            if ("ECR Image Scan" !== data["detail-type"]) {
              validate21.errors = [{ instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "ECR Image Scan" }, message: "must be equal to constant" }];
              return false;
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.source !== void 0) {
              const _errs4 = errors;
              if ("aws.ecr" !== data.source) {
                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.ecr" }, message: "must be equal to constant" }];
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

// check:ecr.eventbridge-image-scan.strict.check.js
function p0(s) {
  let i = 0;
  let c;
  for (let n = 0; n < 12; n++) {
    c = s.charCodeAt(i);
    if (!(c >= 48 && c <= 57)) return false;
    i++;
  }
  return i === s.length;
}
var p1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var p2 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
    if (!(typeof v4 === "string" && p0(v4))) return false;
  }
  {
    const v5 = x.time;
    if (v5 === void 0) return false;
    if (!(typeof v5 === "string" && p1.test(v5))) return false;
  }
  {
    const v6 = x.region;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string" && p2.test(v6))) return false;
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
function d_EcrImageScanDetail(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v15 = x["scan-status"];
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  {
    const v16 = x["repository-name"];
    if (v16 === void 0) return false;
    if (!(typeof v16 === "string")) return false;
  }
  {
    const v17 = x["image-digest"];
    if (v17 !== void 0) {
      if (!(typeof v17 === "string")) return false;
    }
  }
  {
    const v18 = x["image-tags"];
    if (v18 !== void 0) {
      if (!Array.isArray(v18)) return false;
      for (let v20 = 0; v20 < v18.length; v20++) {
        const v19 = v18[v20];
        if (!(typeof v19 === "string")) return false;
      }
    }
  }
  {
    const v21 = x["finding-severity-counts"];
    if (v21 !== void 0) {
      if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
      {
        const v22 = v21.CRITICAL;
        if (v22 !== void 0) {
          if (!(typeof v22 === "number" && !(v22 % 1) && !isNaN(v22) && isFinite(v22))) return false;
          if (!(v22 >= 0)) return false;
        }
      }
      {
        const v23 = v21.HIGH;
        if (v23 !== void 0) {
          if (!(typeof v23 === "number" && !(v23 % 1) && !isNaN(v23) && isFinite(v23))) return false;
          if (!(v23 >= 0)) return false;
        }
      }
      {
        const v24 = v21.MEDIUM;
        if (v24 !== void 0) {
          if (!(typeof v24 === "number" && !(v24 % 1) && !isNaN(v24) && isFinite(v24))) return false;
          if (!(v24 >= 0)) return false;
        }
      }
      {
        const v25 = v21.LOW;
        if (v25 !== void 0) {
          if (!(typeof v25 === "number" && !(v25 % 1) && !isNaN(v25) && isFinite(v25))) return false;
          if (!(v25 >= 0)) return false;
        }
      }
      {
        const v26 = v21.INFORMATIONAL;
        if (v26 !== void 0) {
          if (!(typeof v26 === "number" && !(v26 % 1) && !isNaN(v26) && isFinite(v26))) return false;
          if (!(v26 >= 0)) return false;
        }
      }
      {
        const v27 = v21.UNDEFINED;
        if (v27 !== void 0) {
          if (!(typeof v27 === "number" && !(v27 % 1) && !isNaN(v27) && isFinite(v27))) return false;
          if (!(v27 >= 0)) return false;
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
    if (!(v12 === "ECR Image Scan")) return false;
  }
  {
    const v13 = x.source;
    if (v13 === void 0) return false;
    if (!(v13 === "aws.ecr")) return false;
  }
  {
    const v14 = x.detail;
    if (v14 === void 0) return false;
    if (!d_EcrImageScanDetail(v14)) return false;
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

// ecr.eventbridge-image-scan.strict.entry.ts
var validate = withStandardSchema(checked(check, ecr_eventbridge_image_scan_strict_standalone_default), "ecr.eventbridge-image-scan");
export {
  validate as default,
  validate
};
