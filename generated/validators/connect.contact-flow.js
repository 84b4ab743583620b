// Generated from schemas/connect/contact-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.contact-flow.standalone.js
var connect_contact_flow_standalone_default = validate21;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate23.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Address === void 0 && (missing0 = "Address") || data.Type === void 0 && (missing0 = "Type")) {
        validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Address !== void 0) {
          const _errs1 = errors;
          if (typeof data.Address !== "string") {
            validate27.errors = [{ instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Type !== void 0) {
            const _errs3 = errors;
            if (typeof data.Type !== "string") {
              validate27.errors = [{ instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      if (data.Attributes === void 0 && (missing0 = "Attributes") || data.Channel === void 0 && (missing0 = "Channel") || data.ContactId === void 0 && (missing0 = "ContactId") || data.InitialContactId === void 0 && (missing0 = "InitialContactId") || data.InitiationMethod === void 0 && (missing0 = "InitiationMethod") || data.InstanceARN === void 0 && (missing0 = "InstanceARN")) {
        validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Attributes !== void 0) {
          const _errs1 = errors;
          if (!validate23(data.Attributes, { instancePath: instancePath + "/Attributes", parentData: data, parentDataProperty: "Attributes", rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Channel !== void 0) {
            const _errs2 = errors;
            if (typeof data.Channel !== "string") {
              validate22.errors = [{ instancePath: instancePath + "/Channel", schemaPath: "#/properties/Channel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ContactId !== void 0) {
              const _errs4 = errors;
              if (typeof data.ContactId !== "string") {
                validate22.errors = [{ instancePath: instancePath + "/ContactId", schemaPath: "#/properties/ContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.InitialContactId !== void 0) {
                const _errs6 = errors;
                if (typeof data.InitialContactId !== "string") {
                  validate22.errors = [{ instancePath: instancePath + "/InitialContactId", schemaPath: "#/properties/InitialContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.PreviousContactId !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.PreviousContactId !== "string") {
                    validate22.errors = [{ instancePath: instancePath + "/PreviousContactId", schemaPath: "#/properties/PreviousContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.RelatedContactId !== void 0) {
                    const _errs10 = errors;
                    if (typeof data.RelatedContactId !== "string") {
                      validate22.errors = [{ instancePath: instancePath + "/RelatedContactId", schemaPath: "#/properties/RelatedContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.InitiationMethod !== void 0) {
                      const _errs12 = errors;
                      if (typeof data.InitiationMethod !== "string") {
                        validate22.errors = [{ instancePath: instancePath + "/InitiationMethod", schemaPath: "#/properties/InitiationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.InstanceARN !== void 0) {
                        const _errs14 = errors;
                        if (!validate25(data.InstanceARN, { instancePath: instancePath + "/InstanceARN", parentData: data, parentDataProperty: "InstanceARN", rootData })) {
                          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.CustomerEndpoint !== void 0) {
                          let data8 = data.CustomerEndpoint;
                          const _errs15 = errors;
                          const _errs16 = errors;
                          let valid1 = false;
                          const _errs17 = errors;
                          if (!validate27(data8, { instancePath: instancePath + "/CustomerEndpoint", parentData: data, parentDataProperty: "CustomerEndpoint", rootData })) {
                            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                            errors = vErrors.length;
                          }
                          var _valid0 = _errs17 === errors;
                          valid1 = valid1 || _valid0;
                          if (!valid1) {
                            const _errs18 = errors;
                            if (data8 !== null) {
                              const err0 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                            var _valid0 = _errs18 === errors;
                            valid1 = valid1 || _valid0;
                          }
                          if (!valid1) {
                            const err1 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                            validate22.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs16;
                            if (vErrors !== null) {
                              if (_errs16) {
                                vErrors.length = _errs16;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.SystemEndpoint !== void 0) {
                            let data9 = data.SystemEndpoint;
                            const _errs20 = errors;
                            const _errs21 = errors;
                            let valid2 = false;
                            const _errs22 = errors;
                            if (!validate27(data9, { instancePath: instancePath + "/SystemEndpoint", parentData: data, parentDataProperty: "SystemEndpoint", rootData })) {
                              vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                              errors = vErrors.length;
                            }
                            var _valid1 = _errs22 === errors;
                            valid2 = valid2 || _valid1;
                            if (!valid2) {
                              const _errs23 = errors;
                              if (data9 !== null) {
                                const err2 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err2];
                                } else {
                                  vErrors.push(err2);
                                }
                                errors++;
                              }
                              var _valid1 = _errs23 === errors;
                              valid2 = valid2 || _valid1;
                            }
                            if (!valid2) {
                              const err3 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                              validate22.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs21;
                              if (vErrors !== null) {
                                if (_errs21) {
                                  vErrors.length = _errs21;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs20 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Queue !== void 0) {
                              let data10 = data.Queue;
                              const _errs25 = errors;
                              const _errs26 = errors;
                              let valid3 = false;
                              const _errs27 = errors;
                              if (errors === _errs27) {
                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                  if (data10.ARN !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data10.ARN !== "string") {
                                      const err4 = { instancePath: instancePath + "/Queue/ARN", schemaPath: "#/properties/Queue/anyOf/0/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err4];
                                      } else {
                                        vErrors.push(err4);
                                      }
                                      errors++;
                                    }
                                    var valid4 = _errs29 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data10.Name !== void 0) {
                                      const _errs31 = errors;
                                      if (typeof data10.Name !== "string") {
                                        const err5 = { instancePath: instancePath + "/Queue/Name", schemaPath: "#/properties/Queue/anyOf/0/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err5];
                                        } else {
                                          vErrors.push(err5);
                                        }
                                        errors++;
                                      }
                                      var valid4 = _errs31 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data10.OutboundCallerId !== void 0) {
                                        let data13 = data10.OutboundCallerId;
                                        const _errs33 = errors;
                                        if (errors === _errs33) {
                                          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                          } else {
                                            const err6 = { instancePath: instancePath + "/Queue/OutboundCallerId", schemaPath: "#/properties/Queue/anyOf/0/properties/OutboundCallerId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err6];
                                            } else {
                                              vErrors.push(err6);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid4 = _errs33 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                    }
                                  }
                                } else {
                                  const err7 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err7];
                                  } else {
                                    vErrors.push(err7);
                                  }
                                  errors++;
                                }
                              }
                              var _valid2 = _errs27 === errors;
                              valid3 = valid3 || _valid2;
                              if (!valid3) {
                                const _errs36 = errors;
                                if (data10 !== null) {
                                  const err8 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                }
                                var _valid2 = _errs36 === errors;
                                valid3 = valid3 || _valid2;
                              }
                              if (!valid3) {
                                const err9 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                                validate22.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs26;
                                if (vErrors !== null) {
                                  if (_errs26) {
                                    vErrors.length = _errs26;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs25 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.MediaStreams !== void 0) {
                                let data14 = data.MediaStreams;
                                const _errs38 = errors;
                                if (errors === _errs38) {
                                  if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                  } else {
                                    validate22.errors = [{ instancePath: instancePath + "/MediaStreams", schemaPath: "#/properties/MediaStreams/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs38 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.LanguageCode !== void 0) {
                                  const _errs41 = errors;
                                  if (typeof data.LanguageCode !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/LanguageCode", schemaPath: "#/properties/LanguageCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs41 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Name !== void 0) {
                                    const _errs43 = errors;
                                    if (typeof data.Name !== "string") {
                                      validate22.errors = [{ instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs43 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.Description !== void 0) {
                                      const _errs45 = errors;
                                      if (typeof data.Description !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs45 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.References !== void 0) {
                                        let data18 = data.References;
                                        const _errs47 = errors;
                                        if (errors === _errs47) {
                                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                          } else {
                                            validate22.errors = [{ instancePath: instancePath + "/References", schemaPath: "#/properties/References/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs47 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.SegmentAttributes !== void 0) {
                                          let data19 = data.SegmentAttributes;
                                          const _errs50 = errors;
                                          if (errors === _errs50) {
                                            if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                            } else {
                                              validate22.errors = [{ instancePath: instancePath + "/SegmentAttributes", schemaPath: "#/properties/SegmentAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs50 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.Tags !== void 0) {
                                            const _errs53 = errors;
                                            if (!validate23(data.Tags, { instancePath: instancePath + "/Tags", parentData: data, parentDataProperty: "Tags", rootData })) {
                                              vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid0 = _errs53 === errors;
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
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.Details === void 0 && (missing0 = "Details") || data.Name === void 0 && (missing0 = "Name")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Name !== void 0) {
          const _errs1 = errors;
          if (typeof data.Name !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Details !== void 0) {
            let data1 = data.Details;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (data1.ContactData === void 0 && (missing1 = "ContactData") || data1.Parameters === void 0 && (missing1 = "Parameters")) {
                  validate21.errors = [{ instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.ContactData !== void 0) {
                    const _errs5 = errors;
                    if (!validate22(data1.ContactData, { instancePath: instancePath + "/Details/ContactData", parentData: data1, parentDataProperty: "ContactData", rootData })) {
                      vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.Parameters !== void 0) {
                      const _errs6 = errors;
                      if (!validate23(data1.Parameters, { instancePath: instancePath + "/Details/Parameters", parentData: data1, parentDataProperty: "Parameters", rootData })) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                      }
                      var valid1 = _errs6 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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

// check:connect.contact-flow.check.js
function d_ConnectContactData(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v3 = x.Attributes;
    if (v3 === void 0) return false;
    if (!d_ConnectStringMap(v3)) return false;
  }
  {
    const v6 = x.Channel;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.ContactId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  {
    const v8 = x.InitialContactId;
    if (v8 === void 0) return false;
    if (!(typeof v8 === "string")) return false;
  }
  {
    const v9 = x.PreviousContactId;
    if (v9 !== void 0) {
      if (!(typeof v9 === "string")) return false;
    }
  }
  {
    const v10 = x.RelatedContactId;
    if (v10 !== void 0) {
      if (!(typeof v10 === "string")) return false;
    }
  }
  {
    const v11 = x.InitiationMethod;
    if (v11 === void 0) return false;
    if (!(typeof v11 === "string")) return false;
  }
  {
    const v12 = x.InstanceARN;
    if (v12 === void 0) return false;
    if (!(typeof v12 === "string")) return false;
  }
  {
    const v13 = x.CustomerEndpoint;
    if (v13 !== void 0) {
      if (!(d_ConnectEndpoint(v13) || v13 === null)) return false;
    }
  }
  {
    const v16 = x.SystemEndpoint;
    if (v16 !== void 0) {
      if (!(d_ConnectEndpoint(v16) || v16 === null)) return false;
    }
  }
  {
    const v17 = x.Queue;
    if (v17 !== void 0) {
      if (!(b0(v17) || v17 === null)) return false;
    }
  }
  {
    const v21 = x.MediaStreams;
    if (v21 !== void 0) {
      if (!(v21 !== null && typeof v21 === "object" && !Array.isArray(v21))) return false;
    }
  }
  {
    const v22 = x.LanguageCode;
    if (v22 !== void 0) {
      if (!(typeof v22 === "string")) return false;
    }
  }
  {
    const v23 = x.Name;
    if (v23 !== void 0) {
      if (!(typeof v23 === "string")) return false;
    }
  }
  {
    const v24 = x.Description;
    if (v24 !== void 0) {
      if (!(typeof v24 === "string")) return false;
    }
  }
  {
    const v25 = x.References;
    if (v25 !== void 0) {
      if (!(v25 !== null && typeof v25 === "object" && !Array.isArray(v25))) return false;
    }
  }
  {
    const v26 = x.SegmentAttributes;
    if (v26 !== void 0) {
      if (!(v26 !== null && typeof v26 === "object" && !Array.isArray(v26))) return false;
    }
  }
  {
    const v27 = x.Tags;
    if (v27 !== void 0) {
      if (!d_ConnectStringMap(v27)) return false;
    }
  }
  return true;
}
function d_ConnectStringMap(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v4 in x) {
    const v5 = x[v4];
    if (!(typeof v5 === "string")) return false;
  }
  return true;
}
function d_ConnectEndpoint(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v14 = x.Address;
    if (v14 === void 0) return false;
    if (!(typeof v14 === "string")) return false;
  }
  {
    const v15 = x.Type;
    if (v15 === void 0) return false;
    if (!(typeof v15 === "string")) return false;
  }
  return true;
}
function b0(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v18 = x.ARN;
    if (v18 !== void 0) {
      if (!(typeof v18 === "string")) return false;
    }
  }
  {
    const v19 = x.Name;
    if (v19 !== void 0) {
      if (!(typeof v19 === "string")) return false;
    }
  }
  {
    const v20 = x.OutboundCallerId;
    if (v20 !== void 0) {
      if (!(v20 !== null && typeof v20 === "object" && !Array.isArray(v20))) return false;
    }
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.Name;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.Details;
    if (v1 === void 0) return false;
    if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
    {
      const v2 = v1.ContactData;
      if (v2 === void 0) return false;
      if (!d_ConnectContactData(v2)) return false;
    }
    {
      const v28 = v1.Parameters;
      if (v28 === void 0) return false;
      if (!d_ConnectStringMap(v28)) return false;
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

// connect.contact-flow.entry.ts
var validate = withStandardSchema(checked(check, connect_contact_flow_standalone_default), "connect.contact-flow");
export {
  validate as default,
  validate
};
