// Generated from schemas/connect/outbound-campaigns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.outbound-campaigns.all.standalone.js
var validateAll = validate20;
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
    if (data.InvocationMetadata === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InvocationMetadata" }, message: "must have required property 'InvocationMetadata'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Items === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Items" }, message: "must have required property 'Items'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.InvocationMetadata !== void 0) {
      let data0 = data.InvocationMetadata;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.CampaignContext === void 0) {
          const err2 = { instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/required", keyword: "required", params: { missingProperty: "CampaignContext" }, message: "must have required property 'CampaignContext'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.CampaignContext !== void 0) {
          let data1 = data0.CampaignContext;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.CampaignId === void 0) {
              const err3 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/required", keyword: "required", params: { missingProperty: "CampaignId" }, message: "must have required property 'CampaignId'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.RunId === void 0) {
              const err4 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/required", keyword: "required", params: { missingProperty: "RunId" }, message: "must have required property 'RunId'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.ActionId === void 0) {
              const err5 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/required", keyword: "required", params: { missingProperty: "ActionId" }, message: "must have required property 'ActionId'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.CampaignId !== void 0) {
              if (typeof data1.CampaignId !== "string") {
                const err6 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.RunId !== void 0) {
              if (typeof data1.RunId !== "string") {
                const err7 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext/RunId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/RunId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.ActionId !== void 0) {
              if (typeof data1.ActionId !== "string") {
                const err8 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext/ActionId", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/ActionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.CampaignName !== void 0) {
              if (typeof data1.CampaignName !== "string") {
                const err9 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext/CampaignName", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/properties/CampaignName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/InvocationMetadata/CampaignContext", schemaPath: "#/properties/InvocationMetadata/properties/CampaignContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/InvocationMetadata", schemaPath: "#/properties/InvocationMetadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.Items !== void 0) {
      let data6 = data.Items;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.CustomerProfiles === void 0) {
          const err12 = { instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/required", keyword: "required", params: { missingProperty: "CustomerProfiles" }, message: "must have required property 'CustomerProfiles'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data6.CustomerProfiles !== void 0) {
          let data7 = data6.CustomerProfiles;
          if (Array.isArray(data7)) {
            const len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.ProfileId === void 0) {
                  const err13 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/required", keyword: "required", params: { missingProperty: "ProfileId" }, message: "must have required property 'ProfileId'" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                if (data8.IdempotencyToken === void 0) {
                  const err14 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/required", keyword: "required", params: { missingProperty: "IdempotencyToken" }, message: "must have required property 'IdempotencyToken'" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data8.ProfileId !== void 0) {
                  if (typeof data8.ProfileId !== "string") {
                    const err15 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/ProfileId", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/ProfileId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                if (data8.CustomerData !== void 0) {
                  if (typeof data8.CustomerData !== "string") {
                    const err16 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/CustomerData", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/CustomerData/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data8.IdempotencyToken !== void 0) {
                  if (typeof data8.IdempotencyToken !== "string") {
                    const err17 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0 + "/IdempotencyToken", schemaPath: "#/properties/Items/properties/CustomerProfiles/items/properties/IdempotencyToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/Items/CustomerProfiles/" + i0, schemaPath: "#/properties/Items/properties/CustomerProfiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/Items/CustomerProfiles", schemaPath: "#/properties/Items/properties/CustomerProfiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/Items", schemaPath: "#/properties/Items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "InvocationMetadata": true, "Items": true }, "dynamicProps": false, "dynamicItems": false };

// connect.outbound-campaigns.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
