// Generated from schemas/connect/outbound-campaigns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.outbound-campaigns.standalone.js
var connect_outbound_campaigns_standalone_default = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.InvocationMetadata === void 0 && (missing0 = "InvocationMetadata") || data.Items === void 0 && (missing0 = "Items")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.InvocationMetadata !== void 0) {
          let data0 = data.InvocationMetadata;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (data0.CampaignContext === void 0 && (missing1 = "CampaignContext")) {
                validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                return false;
              } else {
                if (data0.CampaignContext !== void 0) {
                  let data1 = data0.CampaignContext;
                  const _errs3 = errors;
                  if (errors === _errs3) {
                    if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                      let missing2;
                      if (data1.CampaignId === void 0 && (missing2 = "CampaignId") || data1.RunId === void 0 && (missing2 = "RunId") || data1.ActionId === void 0 && (missing2 = "ActionId")) {
                        validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        if (data1.CampaignId !== void 0) {
                          const _errs5 = errors;
                          if (typeof data1.CampaignId !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/RunId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/RunId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/ActionId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/ActionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                  validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignName", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                      validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                }
              }
            } else {
              validate21.errors = [{ instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
                  validate21.errors = [{ instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
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
                                validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                return false;
                              } else {
                                if (data8.ProfileId !== void 0) {
                                  const _errs19 = errors;
                                  if (typeof data8.ProfileId !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/ProfileId", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/ProfileId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                      validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/CustomerData", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/CustomerData/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                                        validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/IdempotencyToken", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/IdempotencyToken/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
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
                              validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid4 = _errs17 === errors;
                          if (!valid4) {
                            break;
                          }
                        }
                      } else {
                        validate21.errors = [{ instancePath: instancePath + "/Items/CustomerProfiles", schemaPath: "#/properties/Items/properties/CustomerProfiles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                  }
                }
              } else {
                validate21.errors = [{ instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:connect.outbound-campaigns.check.js
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.InvocationMetadata;
    if (v0 === void 0) return false;
    if (!(v0 !== null && typeof v0 === "object" && !Array.isArray(v0))) return false;
    {
      const v1 = v0.CampaignContext;
      if (v1 === void 0) return false;
      if (!(v1 !== null && typeof v1 === "object" && !Array.isArray(v1))) return false;
      {
        const v2 = v1.CampaignId;
        if (v2 === void 0) return false;
        if (!(typeof v2 === "string")) return false;
      }
      {
        const v3 = v1.RunId;
        if (v3 === void 0) return false;
        if (!(typeof v3 === "string")) return false;
      }
      {
        const v4 = v1.ActionId;
        if (v4 === void 0) return false;
        if (!(typeof v4 === "string")) return false;
      }
      {
        const v5 = v1.CampaignName;
        if (v5 !== void 0) {
          if (!(typeof v5 === "string")) return false;
        }
      }
    }
  }
  {
    const v6 = x.Items;
    if (v6 === void 0) return false;
    if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
    {
      const v7 = v6.CustomerProfiles;
      if (v7 === void 0) return false;
      if (!Array.isArray(v7)) return false;
      for (let v9 = 0; v9 < v7.length; v9++) {
        const v8 = v7[v9];
        if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
        {
          const v10 = v8.ProfileId;
          if (v10 === void 0) return false;
          if (!(typeof v10 === "string")) return false;
        }
        {
          const v11 = v8.CustomerData;
          if (v11 !== void 0) {
            if (!(typeof v11 === "string")) return false;
          }
        }
        {
          const v12 = v8.IdempotencyToken;
          if (v12 === void 0) return false;
          if (!(typeof v12 === "string")) return false;
        }
      }
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

// connect.outbound-campaigns.entry.ts
var validate = withStandardSchema(checked(check, connect_outbound_campaigns_standalone_default), "connect.outbound-campaigns");
export {
  validate as default,
  validate
};
