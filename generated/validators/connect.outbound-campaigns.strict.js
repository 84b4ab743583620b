// Generated from schemas/connect/outbound-campaigns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.outbound-campaigns.strict.standalone.js
var connect_outbound_campaigns_strict_standalone_default = validate20;
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
      if (data.InvocationMetadata === void 0 && (missing0 = "InvocationMetadata") || data.Items === void 0 && (missing0 = "Items")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.InvocationMetadata !== void 0) {
          let data0 = data.InvocationMetadata;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.CampaignContext === void 0 && (missing1 = "CampaignContext")) {
                validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.CampaignContext !== void 0) {
                  let data1 = data0.CampaignContext;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.CampaignId === void 0 && (missing2 = "CampaignId") || data1.RunId === void 0 && (missing2 = "RunId") || data1.ActionId === void 0 && (missing2 = "ActionId")) {
                        validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.CampaignId !== void 0) {
                          const _errs5 = errors;
                          if (typeof data1.CampaignId !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid2 = _errs5 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data1.RunId !== void 0) {
                            const _errs7 = errors;
                            if (typeof data1.RunId !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/RunId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/RunId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid2 = _errs7 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data1.ActionId !== void 0) {
                              const _errs9 = errors;
                              if (typeof data1.ActionId !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/ActionId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/ActionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid2 = _errs9 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data1.CampaignName !== void 0) {
                                const _errs11 = errors;
                                if (typeof data1.CampaignName !== "string") {
                                  validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignName", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
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
                      validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate20.errors = [{ instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.Items !== void 0) {
            let data6 = data.Items;
            const _errs13 = errors;
            if (errors === _errs13) {
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                let missing3;
                if (data6.CustomerProfiles === void 0 && (missing3 = "CustomerProfiles")) {
                  validate20.errors = [{ instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                  return false;
                } else {
                  if (data6.CustomerProfiles !== void 0) {
                    let data7 = data6.CustomerProfiles;
                    const _errs15 = errors;
                    if (errors === _errs15) {
                      if (Array.isArray(data7)) {
                        var valid4 = true;
                        const len0 = data7.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data8 = data7[i0];
                          const _errs17 = errors;
                          if (errors === _errs17) {
                            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                              let missing4;
                              if (data8.ProfileId === void 0 && (missing4 = "ProfileId") || data8.IdempotencyToken === void 0 && (missing4 = "IdempotencyToken")) {
                                validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                return false;
                              } else {
                                if (data8.ProfileId !== void 0) {
                                  const _errs19 = errors;
                                  if (typeof data8.ProfileId !== "string") {
                                    validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/ProfileId", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/ProfileId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid5 = _errs19 === errors;
                                } else {
                                  var valid5 = true;
                                }
                                if (valid5) {
                                  if (data8.CustomerData !== void 0) {
                                    const _errs21 = errors;
                                    if (typeof data8.CustomerData !== "string") {
                                      validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/CustomerData", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/CustomerData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid5 = _errs21 === errors;
                                  } else {
                                    var valid5 = true;
                                  }
                                  if (valid5) {
                                    if (data8.IdempotencyToken !== void 0) {
                                      const _errs23 = errors;
                                      if (typeof data8.IdempotencyToken !== "string") {
                                        validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/IdempotencyToken", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/IdempotencyToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid5 = _errs23 === errors;
                                    } else {
                                      var valid5 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid4 = _errs17 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate20.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles", schemaPath: "#/properties/Items/properties/CustomerProfiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs13 === errors;
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
validate20.evaluated = { "props": { "InvocationMetadata": true, "Items": true }, "dynamicProps": false, "dynamicItems": false };

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

// connect.outbound-campaigns.strict.entry.ts
withStandardSchema(connect_outbound_campaigns_strict_standalone_default, "connect.outbound-campaigns");
export {
  connect_outbound_campaigns_strict_standalone_default as default,
  connect_outbound_campaigns_strict_standalone_default as validate
};
