// Generated from schemas/connect/contact-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:connect.contact-flow.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^arn:aws[a-z-]*:[\\s\\S]*$", "u");
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
    if (data.Attributes === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Attributes" }, message: "must have required property 'Attributes'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Channel === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Channel" }, message: "must have required property 'Channel'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ContactId === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ContactId" }, message: "must have required property 'ContactId'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.InitialContactId === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InitialContactId" }, message: "must have required property 'InitialContactId'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.InitiationMethod === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InitiationMethod" }, message: "must have required property 'InitiationMethod'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.InstanceARN === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InstanceARN" }, message: "must have required property 'InstanceARN'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.Attributes !== void 0) {
      let data0 = data.Attributes;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key0 in data0) {
          if (typeof data0[key0] !== "string") {
            const err6 = { instancePath: instancePath + "/Attributes/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/Attributes", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Channel !== void 0) {
      if (typeof data.Channel !== "string") {
        const err8 = { instancePath: instancePath + "/Channel", schemaPath: "#/properties/Channel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ContactId !== void 0) {
      if (typeof data.ContactId !== "string") {
        const err9 = { instancePath: instancePath + "/ContactId", schemaPath: "#/properties/ContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.InitialContactId !== void 0) {
      if (typeof data.InitialContactId !== "string") {
        const err10 = { instancePath: instancePath + "/InitialContactId", schemaPath: "#/properties/InitialContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.PreviousContactId !== void 0) {
      if (typeof data.PreviousContactId !== "string") {
        const err11 = { instancePath: instancePath + "/PreviousContactId", schemaPath: "#/properties/PreviousContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.RelatedContactId !== void 0) {
      if (typeof data.RelatedContactId !== "string") {
        const err12 = { instancePath: instancePath + "/RelatedContactId", schemaPath: "#/properties/RelatedContactId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.InitiationMethod !== void 0) {
      if (typeof data.InitiationMethod !== "string") {
        const err13 = { instancePath: instancePath + "/InitiationMethod", schemaPath: "#/properties/InitiationMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.InstanceARN !== void 0) {
      let data8 = data.InstanceARN;
      if (typeof data8 === "string") {
        if (!pattern4.test(data8)) {
          const err14 = { instancePath: instancePath + "/InstanceARN", schemaPath: "#/$defs/Arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:[\\s\\S]*$" }, message: 'must match pattern "^arn:aws[a-z-]*:[\\s\\S]*$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/InstanceARN", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.CustomerEndpoint !== void 0) {
      let data9 = data.CustomerEndpoint;
      const _errs23 = errors;
      let valid4 = false;
      const _errs24 = errors;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.Address === void 0) {
          const err16 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: "Address" }, message: "must have required property 'Address'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data9.Type === void 0) {
          const err17 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: "Type" }, message: "must have required property 'Type'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9.Address !== void 0) {
          if (typeof data9.Address !== "string") {
            const err18 = { instancePath: instancePath + "/CustomerEndpoint/Address", schemaPath: "#/$defs/ConnectEndpoint/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.Type !== void 0) {
          if (typeof data9.Type !== "string") {
            const err19 = { instancePath: instancePath + "/CustomerEndpoint/Type", schemaPath: "#/$defs/ConnectEndpoint/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/$defs/ConnectEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
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
        const err21 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const err22 = { instancePath: instancePath + "/CustomerEndpoint", schemaPath: "#/properties/CustomerEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
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
    }
    if (data.SystemEndpoint !== void 0) {
      let data12 = data.SystemEndpoint;
      const _errs34 = errors;
      let valid7 = false;
      const _errs35 = errors;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.Address === void 0) {
          const err23 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: "Address" }, message: "must have required property 'Address'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data12.Type === void 0) {
          const err24 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/$defs/ConnectEndpoint/required", keyword: "required", params: { missingProperty: "Type" }, message: "must have required property 'Type'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data12.Address !== void 0) {
          if (typeof data12.Address !== "string") {
            const err25 = { instancePath: instancePath + "/SystemEndpoint/Address", schemaPath: "#/$defs/ConnectEndpoint/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data12.Type !== void 0) {
          if (typeof data12.Type !== "string") {
            const err26 = { instancePath: instancePath + "/SystemEndpoint/Type", schemaPath: "#/$defs/ConnectEndpoint/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/$defs/ConnectEndpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
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
        const err28 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid1 = _errs42 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const err29 = { instancePath: instancePath + "/SystemEndpoint", schemaPath: "#/properties/SystemEndpoint/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
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
    }
    if (data.Queue !== void 0) {
      let data15 = data.Queue;
      const _errs45 = errors;
      let valid10 = false;
      const _errs46 = errors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.ARN !== void 0) {
          if (typeof data15.ARN !== "string") {
            const err30 = { instancePath: instancePath + "/Queue/ARN", schemaPath: "#/properties/Queue/anyOf/0/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data15.Name !== void 0) {
          if (typeof data15.Name !== "string") {
            const err31 = { instancePath: instancePath + "/Queue/Name", schemaPath: "#/properties/Queue/anyOf/0/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.OutboundCallerId !== void 0) {
          let data18 = data15.OutboundCallerId;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
          } else {
            const err32 = { instancePath: instancePath + "/Queue/OutboundCallerId", schemaPath: "#/properties/Queue/anyOf/0/properties/OutboundCallerId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
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
        const err34 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid2 = _errs55 === errors;
      valid10 = valid10 || _valid2;
      if (!valid10) {
        const err35 = { instancePath: instancePath + "/Queue", schemaPath: "#/properties/Queue/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
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
    }
    if (data.MediaStreams !== void 0) {
      let data19 = data.MediaStreams;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
      } else {
        const err36 = { instancePath: instancePath + "/MediaStreams", schemaPath: "#/properties/MediaStreams/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.LanguageCode !== void 0) {
      if (typeof data.LanguageCode !== "string") {
        const err37 = { instancePath: instancePath + "/LanguageCode", schemaPath: "#/properties/LanguageCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err38 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.Description !== void 0) {
      if (typeof data.Description !== "string") {
        const err39 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.References !== void 0) {
      let data23 = data.References;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
      } else {
        const err40 = { instancePath: instancePath + "/References", schemaPath: "#/properties/References/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.SegmentAttributes !== void 0) {
      let data24 = data.SegmentAttributes;
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
      } else {
        const err41 = { instancePath: instancePath + "/SegmentAttributes", schemaPath: "#/properties/SegmentAttributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.Tags !== void 0) {
      let data25 = data.Tags;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key1 in data25) {
          if (typeof data25[key1] !== "string") {
            const err42 = { instancePath: instancePath + "/Tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/Tags", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Details === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Details" }, message: "must have required property 'Details'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Name" }, message: "must have required property 'Name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err2 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Details !== void 0) {
      let data1 = data.Details;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.ContactData === void 0) {
          const err3 = { instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/required", keyword: "required", params: { missingProperty: "ContactData" }, message: "must have required property 'ContactData'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.Parameters === void 0) {
          const err4 = { instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/required", keyword: "required", params: { missingProperty: "Parameters" }, message: "must have required property 'Parameters'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.ContactData !== void 0) {
          if (!validate21(data1.ContactData, { instancePath: instancePath + "/Details/ContactData", parentData: data1, parentDataProperty: "ContactData", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data1.Parameters !== void 0) {
          let data3 = data1.Parameters;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key0 in data3) {
              if (typeof data3[key0] !== "string") {
                const err5 = { instancePath: instancePath + "/Details/Parameters/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/ConnectStringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/Details/Parameters", schemaPath: "#/$defs/ConnectStringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/Details", schemaPath: "#/properties/Details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "Name": true, "Details": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_0 = validate23;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Address === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Address" }, message: "must have required property 'Address'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Type" }, message: "must have required property 'Type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err2 = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      if (typeof data.Type !== "string") {
        const err3 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "Address": true, "Type": true }, "dynamicProps": false, "dynamicItems": false };
var branch0_1 = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch1_0 = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Address === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Address" }, message: "must have required property 'Address'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.Type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Type" }, message: "must have required property 'Type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Address !== void 0) {
      if (typeof data.Address !== "string") {
        const err2 = { instancePath: instancePath + "/Address", schemaPath: "#/properties/Address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.Type !== void 0) {
      if (typeof data.Type !== "string") {
        const err3 = { instancePath: instancePath + "/Type", schemaPath: "#/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "Address": true, "Type": true }, "dynamicProps": false, "dynamicItems": false };
var branch1_1 = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "dynamicProps": false, "dynamicItems": false };
var branch2_0 = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ARN !== void 0) {
      if (typeof data.ARN !== "string") {
        const err0 = { instancePath: instancePath + "/ARN", schemaPath: "#/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      if (typeof data.Name !== "string") {
        const err1 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.OutboundCallerId !== void 0) {
      let data2 = data.OutboundCallerId;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      } else {
        const err2 = { instancePath: instancePath + "/OutboundCallerId", schemaPath: "#/properties/OutboundCallerId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "ARN": true, "Name": true, "OutboundCallerId": true }, "dynamicProps": false, "dynamicItems": false };
var branch2_1 = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "null" }, message: "must be null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "dynamicProps": false, "dynamicItems": false };

// connect.contact-flow.all.entry.ts
var branches = {
  "#/$defs/ConnectContactData/properties/CustomerEndpoint/anyOf": [branch0_0, branch0_1],
  "#/$defs/ConnectContactData/properties/SystemEndpoint/anyOf": [branch1_0, branch1_1],
  "#/$defs/ConnectContactData/properties/Queue/anyOf": [branch2_0, branch2_1]
};
export {
  branches,
  validateAll
};
