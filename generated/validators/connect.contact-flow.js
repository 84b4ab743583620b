// Generated from schemas/connect/contact-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.contact-flow.standalone.js
var connect_contact_flow_standalone_default = validate20;
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
      if (data.Attributes === void 0 && (missing0 = "Attributes") || data.Channel === void 0 && (missing0 = "Channel") || data.ContactId === void 0 && (missing0 = "ContactId") || data.InitialContactId === void 0 && (missing0 = "InitialContactId") || data.InitiationMethod === void 0 && (missing0 = "InitiationMethod") || data.InstanceARN === void 0 && (missing0 = "InstanceARN")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Attributes !== void 0) {
          let data0 = data.Attributes;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              for (const key0 in data0) {
                const _errs5 = errors;
                if (typeof data0[key0] !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid2 = _errs5 === errors;
                if (!valid2) {
                  break;
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/Attributes", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Channel !== void 0) {
            const _errs7 = errors;
            if (typeof data.Channel !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/Channel", schemaPath: "#/properties/Channel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ContactId !== void 0) {
              const _errs9 = errors;
              if (typeof data.ContactId !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/ContactId", schemaPath: "#/properties/ContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.InitialContactId !== void 0) {
                const _errs11 = errors;
                if (typeof data.InitialContactId !== "string") {
                  validate21.errors = [{ instancePath: instancePath + "/InitialContactId", schemaPath: "#/properties/InitialContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs11 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.PreviousContactId !== void 0) {
                  const _errs13 = errors;
                  if (typeof data.PreviousContactId !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/PreviousContactId", schemaPath: "#/properties/PreviousContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.RelatedContactId !== void 0) {
                    const _errs15 = errors;
                    if (typeof data.RelatedContactId !== "string") {
                      validate21.errors = [{ instancePath: instancePath + "/RelatedContactId", schemaPath: "#/properties/RelatedContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.InitiationMethod !== void 0) {
                      const _errs17 = errors;
                      if (typeof data.InitiationMethod !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/InitiationMethod", schemaPath: "#/properties/InitiationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs17 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.InstanceARN !== void 0) {
                        const _errs19 = errors;
                        if (typeof data.InstanceARN !== "string") {
                          validate21.errors = [{ instancePath: instancePath + "/InstanceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs19 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.CustomerEndpoint !== void 0) {
                          let data9 = data.CustomerEndpoint;
                          const _errs22 = errors;
                          const _errs23 = errors;
                          let valid4 = false;
                          const _errs24 = errors;
                          const _errs25 = errors;
                          if (errors === _errs25) {
                            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                              let missing1;
                              if (data9.Address === void 0 && (missing1 = "Address") || data9.Type === void 0 && (missing1 = "Type")) {
                                const err0 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" };
                                if (vErrors === null) {
                                  vErrors = [err0];
                                } else {
                                  vErrors.push(err0);
                                }
                                errors++;
                              } else {
                                if (data9.Address !== void 0) {
                                  const _errs27 = errors;
                                  if (typeof data9.Address !== "string") {
                                    const err1 = { instancePath: instancePath + "/CustomerEndpoint/Address", schemaPath: "#/$defs/ConnectEndpoint/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                  var valid6 = _errs27 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data9.Type !== void 0) {
                                    const _errs29 = errors;
                                    if (typeof data9.Type !== "string") {
                                      const err2 = { instancePath: instancePath + "/CustomerEndpoint/Type", schemaPath: "#/$defs/ConnectEndpoint/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err2];
                                      } else {
                                        vErrors.push(err2);
                                      }
                                      errors++;
                                    }
                                    var valid6 = _errs29 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                }
                              }
                            } else {
                              const err3 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/$defs/ConnectEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              if (vErrors === null) {
                                vErrors = [err3];
                              } else {
                                vErrors.push(err3);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs24 === errors;
                          valid4 = valid4 || _valid0;
                          if (_valid0) {
                            var props0 = {};
                            props0.Address = true;
                            props0.Type = true;
                          }
                          const _errs31 = errors;
                          if (data9 !== null) {
                            const err4 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                          }
                          var _valid0 = _errs31 === errors;
                          valid4 = valid4 || _valid0;
                          if (!valid4) {
                            const err5 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                            validate21.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs23;
                            if (vErrors !== null) {
                              if (_errs23) {
                                vErrors.length = _errs23;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid0 = _errs22 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.SystemEndpoint !== void 0) {
                            let data12 = data.SystemEndpoint;
                            const _errs33 = errors;
                            const _errs34 = errors;
                            let valid7 = false;
                            const _errs35 = errors;
                            const _errs36 = errors;
                            if (errors === _errs36) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                let missing2;
                                if (data12.Address === void 0 && (missing2 = "Address") || data12.Type === void 0 && (missing2 = "Type")) {
                                  const err6 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                } else {
                                  if (data12.Address !== void 0) {
                                    const _errs38 = errors;
                                    if (typeof data12.Address !== "string") {
                                      const err7 = { instancePath: instancePath + "/SystemEndpoint/Address", schemaPath: "#/$defs/ConnectEndpoint/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err7];
                                      } else {
                                        vErrors.push(err7);
                                      }
                                      errors++;
                                    }
                                    var valid9 = _errs38 === errors;
                                  } else {
                                    var valid9 = true;
                                  }
                                  if (valid9) {
                                    if (data12.Type !== void 0) {
                                      const _errs40 = errors;
                                      if (typeof data12.Type !== "string") {
                                        const err8 = { instancePath: instancePath + "/SystemEndpoint/Type", schemaPath: "#/$defs/ConnectEndpoint/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err8];
                                        } else {
                                          vErrors.push(err8);
                                        }
                                        errors++;
                                      }
                                      var valid9 = _errs40 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                  }
                                }
                              } else {
                                const err9 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/$defs/ConnectEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                            }
                            var _valid1 = _errs35 === errors;
                            valid7 = valid7 || _valid1;
                            if (_valid1) {
                              var props1 = {};
                              props1.Address = true;
                              props1.Type = true;
                            }
                            const _errs42 = errors;
                            if (data12 !== null) {
                              const err10 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            }
                            var _valid1 = _errs42 === errors;
                            valid7 = valid7 || _valid1;
                            if (!valid7) {
                              const err11 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err11];
                              } else {
                                vErrors.push(err11);
                              }
                              errors++;
                              validate21.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs34;
                              if (vErrors !== null) {
                                if (_errs34) {
                                  vErrors.length = _errs34;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs33 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.Queue !== void 0) {
                              let data15 = data.Queue;
                              const _errs44 = errors;
                              const _errs45 = errors;
                              let valid10 = false;
                              const _errs46 = errors;
                              if (errors === _errs46) {
                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                  if (data15.ARN !== void 0) {
                                    const _errs48 = errors;
                                    if (typeof data15.ARN !== "string") {
                                      const err12 = { instancePath: instancePath + "/Queue/ARN", schemaPath: "#/properties/Queue/anyOf/0/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err12];
                                      } else {
                                        vErrors.push(err12);
                                      }
                                      errors++;
                                    }
                                    var valid11 = _errs48 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                  if (valid11) {
                                    if (data15.Name !== void 0) {
                                      const _errs50 = errors;
                                      if (typeof data15.Name !== "string") {
                                        const err13 = { instancePath: instancePath + "/Queue/Name", schemaPath: "#/properties/Queue/anyOf/0/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err13];
                                        } else {
                                          vErrors.push(err13);
                                        }
                                        errors++;
                                      }
                                      var valid11 = _errs50 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                    if (valid11) {
                                      if (data15.OutboundCallerId !== void 0) {
                                        let data18 = data15.OutboundCallerId;
                                        const _errs52 = errors;
                                        if (errors === _errs52) {
                                          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                          } else {
                                            const err14 = { instancePath: instancePath + "/Queue/OutboundCallerId", schemaPath: "#/properties/Queue/anyOf/0/properties/OutboundCallerId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err14];
                                            } else {
                                              vErrors.push(err14);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid11 = _errs52 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                    }
                                  }
                                } else {
                                  const err15 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                  if (vErrors === null) {
                                    vErrors = [err15];
                                  } else {
                                    vErrors.push(err15);
                                  }
                                  errors++;
                                }
                              }
                              var _valid2 = _errs46 === errors;
                              valid10 = valid10 || _valid2;
                              if (_valid2) {
                                var props2 = {};
                                props2.ARN = true;
                                props2.Name = true;
                                props2.OutboundCallerId = true;
                              }
                              const _errs55 = errors;
                              if (data15 !== null) {
                                const err16 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                              }
                              var _valid2 = _errs55 === errors;
                              valid10 = valid10 || _valid2;
                              if (!valid10) {
                                const err17 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                  vErrors = [err17];
                                } else {
                                  vErrors.push(err17);
                                }
                                errors++;
                                validate21.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs45;
                                if (vErrors !== null) {
                                  if (_errs45) {
                                    vErrors.length = _errs45;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid0 = _errs44 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.MediaStreams !== void 0) {
                                let data19 = data.MediaStreams;
                                const _errs57 = errors;
                                if (errors === _errs57) {
                                  if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                  } else {
                                    validate21.errors = [{ instancePath: instancePath + "/MediaStreams", schemaPath: "#/properties/MediaStreams/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs57 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.LanguageCode !== void 0) {
                                  const _errs60 = errors;
                                  if (typeof data.LanguageCode !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/LanguageCode", schemaPath: "#/properties/LanguageCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs60 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.Name !== void 0) {
                                    const _errs62 = errors;
                                    if (typeof data.Name !== "string") {
                                      validate21.errors = [{ instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs62 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.Description !== void 0) {
                                      const _errs64 = errors;
                                      if (typeof data.Description !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid0 = _errs64 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.References !== void 0) {
                                        let data23 = data.References;
                                        const _errs66 = errors;
                                        if (errors === _errs66) {
                                          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                          } else {
                                            validate21.errors = [{ instancePath: instancePath + "/References", schemaPath: "#/properties/References/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs66 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.SegmentAttributes !== void 0) {
                                          let data24 = data.SegmentAttributes;
                                          const _errs69 = errors;
                                          if (errors === _errs69) {
                                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                            } else {
                                              validate21.errors = [{ instancePath: instancePath + "/SegmentAttributes", schemaPath: "#/properties/SegmentAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs69 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.Tags !== void 0) {
                                            let data25 = data.Tags;
                                            const _errs72 = errors;
                                            const _errs73 = errors;
                                            if (errors === _errs73) {
                                              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                for (const key1 in data25) {
                                                  const _errs76 = errors;
                                                  if (typeof data25[key1] !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/Tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid13 = _errs76 === errors;
                                                  if (!valid13) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate21.errors = [{ instancePath: instancePath + "/Tags", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs72 === errors;
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "Attributes": true, "Channel": true, "ContactId": true, "InitialContactId": true, "PreviousContactId": true, "RelatedContactId": true, "InitiationMethod": true, "InstanceARN": true, "CustomerEndpoint": true, "SystemEndpoint": true, "Queue": true, "MediaStreams": true, "LanguageCode": true, "Name": true, "Description": true, "References": true, "SegmentAttributes": true, "Tags": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.Details === void 0 && (missing0 = "Details") || data.Name === void 0 && (missing0 = "Name")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.Name !== void 0) {
          const _errs1 = errors;
          if (typeof data.Name !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                  validate20.errors = [{ instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                  return false;
                } else {
                  if (data1.ContactData !== void 0) {
                    const _errs5 = errors;
                    if (!validate21(data1.ContactData, { instancePath: instancePath + "/Details/ContactData", parentData: data1, parentDataProperty: "ContactData", rootData, dynamicAnchors })) {
                      vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.Parameters !== void 0) {
                      let data3 = data1.Parameters;
                      const _errs6 = errors;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                          for (const key0 in data3) {
                            const _errs10 = errors;
                            if (typeof data3[key0] !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/Details/Parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs10 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate20.errors = [{ instancePath: instancePath + "/Details/Parameters", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                validate20.errors = [{ instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Name": true, "Details": true }, "dynamicProps": false, "dynamicItems": false };

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

// connect.contact-flow.entry.ts
withStandardSchema(connect_contact_flow_standalone_default, "connect.contact-flow");
export {
  connect_contact_flow_standalone_default as default,
  connect_contact_flow_standalone_default as validate
};
