// Generated from schemas/cloudtrail/eventbridge-aws-api-call.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudtrail.eventbridge-aws-api-call.all.standalone.js
var validateAll = validate20;
var pattern4 = new RegExp("^[0-9]{12}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");
var pattern6 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
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
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data["detail-type"] === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail-type" }, message: "must have required property 'detail-type'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.account === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property 'account'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.region === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.detail === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.version !== void 0) {
      if ("0" !== data.version) {
        const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["detail-type"] !== void 0) {
      if (typeof data["detail-type"] !== "string") {
        const err11 = { instancePath: instancePath + "/detail-type", schemaPath: "#/properties/detail-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.account !== void 0) {
      let data4 = data.account;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err13 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: 'must match pattern "^[0-9]{12}$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/account", schemaPath: "#/$defs/AwsAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data5 = data.time;
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err15 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data6 = data.region;
      if (typeof data6 === "string") {
        if (!pattern6.test(data6)) {
          const err17 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/region", schemaPath: "#/$defs/AwsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data7 = data.resources;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data7[i0] !== "string") {
            const err19 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      let data9 = data.detail;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
      } else {
        const err21 = { instancePath: instancePath + "/detail", schemaPath: "#/properties/detail/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["replay-name"] !== void 0) {
      if (typeof data["replay-name"] !== "string") {
        const err22 = { instancePath: instancePath + "/replay-name", schemaPath: "#/properties/replay-name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": { "version": true, "id": true, "detail-type": true, "source": true, "account": true, "time": true, "region": true, "resources": true, "detail": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };
var schema36 = { "type": "object", "required": ["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress", "eventID", "eventType"], "properties": { "eventVersion": { "type": "string" }, "userIdentity": { "$ref": "#/$defs/CloudTrailUserIdentity" }, "eventTime": { "type": "string" }, "eventSource": { "type": "string" }, "eventName": { "type": "string" }, "awsRegion": { "type": "string" }, "sourceIPAddress": { "type": "string" }, "userAgent": { "type": "string" }, "errorCode": { "type": "string" }, "errorMessage": { "type": "string" }, "requestParameters": { "type": ["object", "null"], "additionalProperties": true }, "responseElements": { "type": ["object", "null"], "additionalProperties": true }, "additionalEventData": { "type": "object", "properties": {}, "additionalProperties": true }, "requestID": { "type": "string" }, "eventID": { "type": "string" }, "eventType": { "type": "string" }, "apiVersion": { "type": "string" }, "managementEvent": { "type": "boolean" }, "readOnly": { "type": "boolean" }, "resources": { "type": "array", "items": { "type": "object", "properties": { "ARN": { "type": "string" }, "accountId": { "type": "string" }, "type": { "type": "string" } } } }, "recipientAccountId": { "type": "string" }, "serviceEventDetails": { "type": "object", "properties": {}, "additionalProperties": true }, "sharedEventID": { "type": "string" }, "vpcEndpointId": { "type": "string" }, "vpcEndpointAccountId": { "type": "string" }, "eventCategory": { "type": "string" }, "tlsDetails": { "$ref": "#/$defs/CloudTrailTlsDetails" }, "sessionCredentialFromConsole": { "type": "string" }, "addendum": { "type": "object", "properties": {}, "additionalProperties": true }, "edgeDeviceDetails": { "type": "object", "properties": {}, "additionalProperties": true } } };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.principalId !== void 0) {
      if (typeof data.principalId !== "string") {
        const err2 = { instancePath: instancePath + "/principalId", schemaPath: "#/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.arn !== void 0) {
      if (typeof data.arn !== "string") {
        const err3 = { instancePath: instancePath + "/arn", schemaPath: "#/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.accountId !== void 0) {
      if (typeof data.accountId !== "string") {
        const err4 = { instancePath: instancePath + "/accountId", schemaPath: "#/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.accessKeyId !== void 0) {
      if (typeof data.accessKeyId !== "string") {
        const err5 = { instancePath: instancePath + "/accessKeyId", schemaPath: "#/properties/accessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.userName !== void 0) {
      if (typeof data.userName !== "string") {
        const err6 = { instancePath: instancePath + "/userName", schemaPath: "#/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.sessionContext !== void 0) {
      let data6 = data.sessionContext;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.attributes !== void 0) {
          let data7 = data6.attributes;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.creationDate !== void 0) {
              if (typeof data7.creationDate !== "string") {
                const err7 = { instancePath: instancePath + "/sessionContext/attributes/creationDate", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/properties/creationDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data7.mfaAuthenticated !== void 0) {
              if (typeof data7.mfaAuthenticated !== "string") {
                const err8 = { instancePath: instancePath + "/sessionContext/attributes/mfaAuthenticated", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/properties/mfaAuthenticated/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/sessionContext/attributes", schemaPath: "#/$defs/CloudTrailSessionContext/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data6.sessionIssuer !== void 0) {
          let data10 = data6.sessionIssuer;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.type !== void 0) {
              if (typeof data10.type !== "string") {
                const err10 = { instancePath: instancePath + "/sessionContext/sessionIssuer/type", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data10.principalId !== void 0) {
              if (typeof data10.principalId !== "string") {
                const err11 = { instancePath: instancePath + "/sessionContext/sessionIssuer/principalId", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/principalId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data10.arn !== void 0) {
              if (typeof data10.arn !== "string") {
                const err12 = { instancePath: instancePath + "/sessionContext/sessionIssuer/arn", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data10.accountId !== void 0) {
              if (typeof data10.accountId !== "string") {
                const err13 = { instancePath: instancePath + "/sessionContext/sessionIssuer/accountId", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data10.userName !== void 0) {
              if (typeof data10.userName !== "string") {
                const err14 = { instancePath: instancePath + "/sessionContext/sessionIssuer/userName", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/properties/userName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/sessionContext/sessionIssuer", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sessionIssuer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.webIdFederationData !== void 0) {
          let data16 = data6.webIdFederationData;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.federatedProvider !== void 0) {
              if (typeof data16.federatedProvider !== "string") {
                const err16 = { instancePath: instancePath + "/sessionContext/webIdFederationData/federatedProvider", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/properties/federatedProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data16.attributes !== void 0) {
              let data18 = data16.attributes;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              } else {
                const err17 = { instancePath: instancePath + "/sessionContext/webIdFederationData/attributes", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/properties/attributes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/sessionContext/webIdFederationData", schemaPath: "#/$defs/CloudTrailSessionContext/properties/webIdFederationData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data6.sourceIdentity !== void 0) {
          if (typeof data6.sourceIdentity !== "string") {
            const err19 = { instancePath: instancePath + "/sessionContext/sourceIdentity", schemaPath: "#/$defs/CloudTrailSessionContext/properties/sourceIdentity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.ec2RoleDelivery !== void 0) {
          if (typeof data6.ec2RoleDelivery !== "string") {
            const err20 = { instancePath: instancePath + "/sessionContext/ec2RoleDelivery", schemaPath: "#/$defs/CloudTrailSessionContext/properties/ec2RoleDelivery/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.assumedRoot !== void 0) {
          if (typeof data6.assumedRoot !== "string") {
            const err21 = { instancePath: instancePath + "/sessionContext/assumedRoot", schemaPath: "#/$defs/CloudTrailSessionContext/properties/assumedRoot/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/sessionContext", schemaPath: "#/$defs/CloudTrailSessionContext/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.invokedBy !== void 0) {
      if (typeof data.invokedBy !== "string") {
        const err23 = { instancePath: instancePath + "/invokedBy", schemaPath: "#/properties/invokedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.identityProvider !== void 0) {
      if (typeof data.identityProvider !== "string") {
        const err24 = { instancePath: instancePath + "/identityProvider", schemaPath: "#/properties/identityProvider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.credentialId !== void 0) {
      if (typeof data.credentialId !== "string") {
        const err25 = { instancePath: instancePath + "/credentialId", schemaPath: "#/properties/credentialId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.onBehalfOf !== void 0) {
      let data25 = data.onBehalfOf;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.userId !== void 0) {
          if (typeof data25.userId !== "string") {
            const err26 = { instancePath: instancePath + "/onBehalfOf/userId", schemaPath: "#/properties/onBehalfOf/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data25.identityStoreArn !== void 0) {
          if (typeof data25.identityStoreArn !== "string") {
            const err27 = { instancePath: instancePath + "/onBehalfOf/identityStoreArn", schemaPath: "#/properties/onBehalfOf/properties/identityStoreArn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/onBehalfOf", schemaPath: "#/properties/onBehalfOf/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.inScopeOf !== void 0) {
      let data28 = data.inScopeOf;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
      } else {
        const err29 = { instancePath: instancePath + "/inScopeOf", schemaPath: "#/properties/inScopeOf/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "type": true, "principalId": true, "arn": true, "accountId": true, "accessKeyId": true, "userName": true, "sessionContext": true, "invokedBy": true, "identityProvider": true, "credentialId": true, "onBehalfOf": true, "inScopeOf": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.eventVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventVersion" }, message: "must have required property 'eventVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.userIdentity === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "userIdentity" }, message: "must have required property 'userIdentity'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.eventTime === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventTime" }, message: "must have required property 'eventTime'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eventSource === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventSource" }, message: "must have required property 'eventSource'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.eventName === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventName" }, message: "must have required property 'eventName'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.awsRegion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "awsRegion" }, message: "must have required property 'awsRegion'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sourceIPAddress === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sourceIPAddress" }, message: "must have required property 'sourceIPAddress'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.eventID === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventID" }, message: "must have required property 'eventID'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.eventType === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventType" }, message: "must have required property 'eventType'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.eventVersion !== void 0) {
      if (typeof data.eventVersion !== "string") {
        const err9 = { instancePath: instancePath + "/eventVersion", schemaPath: "#/properties/eventVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.userIdentity !== void 0) {
      if (!validate24(data.userIdentity, { instancePath: instancePath + "/userIdentity", parentData: data, parentDataProperty: "userIdentity", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.eventTime !== void 0) {
      if (typeof data.eventTime !== "string") {
        const err10 = { instancePath: instancePath + "/eventTime", schemaPath: "#/properties/eventTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.eventSource !== void 0) {
      if (typeof data.eventSource !== "string") {
        const err11 = { instancePath: instancePath + "/eventSource", schemaPath: "#/properties/eventSource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.eventName !== void 0) {
      if (typeof data.eventName !== "string") {
        const err12 = { instancePath: instancePath + "/eventName", schemaPath: "#/properties/eventName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.awsRegion !== void 0) {
      if (typeof data.awsRegion !== "string") {
        const err13 = { instancePath: instancePath + "/awsRegion", schemaPath: "#/properties/awsRegion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.sourceIPAddress !== void 0) {
      if (typeof data.sourceIPAddress !== "string") {
        const err14 = { instancePath: instancePath + "/sourceIPAddress", schemaPath: "#/properties/sourceIPAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.userAgent !== void 0) {
      if (typeof data.userAgent !== "string") {
        const err15 = { instancePath: instancePath + "/userAgent", schemaPath: "#/properties/userAgent/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.errorCode !== void 0) {
      if (typeof data.errorCode !== "string") {
        const err16 = { instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.errorMessage !== void 0) {
      if (typeof data.errorMessage !== "string") {
        const err17 = { instancePath: instancePath + "/errorMessage", schemaPath: "#/properties/errorMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.requestParameters !== void 0) {
      let data10 = data.requestParameters;
      if (!(data10 && typeof data10 == "object" && !Array.isArray(data10)) && data10 !== null) {
        const err18 = { instancePath: instancePath + "/requestParameters", schemaPath: "#/properties/requestParameters/type", keyword: "type", params: { type: schema36.properties.requestParameters.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.responseElements !== void 0) {
      let data11 = data.responseElements;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11)) && data11 !== null) {
        const err19 = { instancePath: instancePath + "/responseElements", schemaPath: "#/properties/responseElements/type", keyword: "type", params: { type: schema36.properties.responseElements.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.additionalEventData !== void 0) {
      let data12 = data.additionalEventData;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
      } else {
        const err20 = { instancePath: instancePath + "/additionalEventData", schemaPath: "#/properties/additionalEventData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.requestID !== void 0) {
      if (typeof data.requestID !== "string") {
        const err21 = { instancePath: instancePath + "/requestID", schemaPath: "#/properties/requestID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.eventID !== void 0) {
      if (typeof data.eventID !== "string") {
        const err22 = { instancePath: instancePath + "/eventID", schemaPath: "#/properties/eventID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.eventType !== void 0) {
      if (typeof data.eventType !== "string") {
        const err23 = { instancePath: instancePath + "/eventType", schemaPath: "#/properties/eventType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err24 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.managementEvent !== void 0) {
      if (typeof data.managementEvent !== "boolean") {
        const err25 = { instancePath: instancePath + "/managementEvent", schemaPath: "#/properties/managementEvent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.readOnly !== void 0) {
      if (typeof data.readOnly !== "boolean") {
        const err26 = { instancePath: instancePath + "/readOnly", schemaPath: "#/properties/readOnly/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data19 = data.resources;
      if (Array.isArray(data19)) {
        const len0 = data19.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data20 = data19[i0];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.ARN !== void 0) {
              if (typeof data20.ARN !== "string") {
                const err27 = { instancePath: instancePath + "/resources/" + i0 + "/ARN", schemaPath: "#/properties/resources/items/properties/ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data20.accountId !== void 0) {
              if (typeof data20.accountId !== "string") {
                const err28 = { instancePath: instancePath + "/resources/" + i0 + "/accountId", schemaPath: "#/properties/resources/items/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data20.type !== void 0) {
              if (typeof data20.type !== "string") {
                const err29 = { instancePath: instancePath + "/resources/" + i0 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/resources/" + i0, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.recipientAccountId !== void 0) {
      if (typeof data.recipientAccountId !== "string") {
        const err32 = { instancePath: instancePath + "/recipientAccountId", schemaPath: "#/properties/recipientAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.serviceEventDetails !== void 0) {
      let data25 = data.serviceEventDetails;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
      } else {
        const err33 = { instancePath: instancePath + "/serviceEventDetails", schemaPath: "#/properties/serviceEventDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.sharedEventID !== void 0) {
      if (typeof data.sharedEventID !== "string") {
        const err34 = { instancePath: instancePath + "/sharedEventID", schemaPath: "#/properties/sharedEventID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.vpcEndpointId !== void 0) {
      if (typeof data.vpcEndpointId !== "string") {
        const err35 = { instancePath: instancePath + "/vpcEndpointId", schemaPath: "#/properties/vpcEndpointId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.vpcEndpointAccountId !== void 0) {
      if (typeof data.vpcEndpointAccountId !== "string") {
        const err36 = { instancePath: instancePath + "/vpcEndpointAccountId", schemaPath: "#/properties/vpcEndpointAccountId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.eventCategory !== void 0) {
      if (typeof data.eventCategory !== "string") {
        const err37 = { instancePath: instancePath + "/eventCategory", schemaPath: "#/properties/eventCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.tlsDetails !== void 0) {
      let data30 = data.tlsDetails;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.tlsVersion !== void 0) {
          if (typeof data30.tlsVersion !== "string") {
            const err38 = { instancePath: instancePath + "/tlsDetails/tlsVersion", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/tlsVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data30.cipherSuite !== void 0) {
          if (typeof data30.cipherSuite !== "string") {
            const err39 = { instancePath: instancePath + "/tlsDetails/cipherSuite", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/cipherSuite/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data30.clientProvidedHostHeader !== void 0) {
          if (typeof data30.clientProvidedHostHeader !== "string") {
            const err40 = { instancePath: instancePath + "/tlsDetails/clientProvidedHostHeader", schemaPath: "#/$defs/CloudTrailTlsDetails/properties/clientProvidedHostHeader/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/tlsDetails", schemaPath: "#/$defs/CloudTrailTlsDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.sessionCredentialFromConsole !== void 0) {
      if (typeof data.sessionCredentialFromConsole !== "string") {
        const err42 = { instancePath: instancePath + "/sessionCredentialFromConsole", schemaPath: "#/properties/sessionCredentialFromConsole/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.addendum !== void 0) {
      let data35 = data.addendum;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
      } else {
        const err43 = { instancePath: instancePath + "/addendum", schemaPath: "#/properties/addendum/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.edgeDeviceDetails !== void 0) {
      let data36 = data.edgeDeviceDetails;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
      } else {
        const err44 = { instancePath: instancePath + "/edgeDeviceDetails", schemaPath: "#/properties/edgeDeviceDetails/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
  } else {
    const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err45];
    } else {
      vErrors.push(err45);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "eventVersion": true, "userIdentity": true, "eventTime": true, "eventSource": true, "eventName": true, "awsRegion": true, "sourceIPAddress": true, "userAgent": true, "errorCode": true, "errorMessage": true, "requestParameters": true, "responseElements": true, "additionalEventData": true, "requestID": true, "eventID": true, "eventType": true, "apiVersion": true, "managementEvent": true, "readOnly": true, "resources": true, "recipientAccountId": true, "serviceEventDetails": true, "sharedEventID": true, "vpcEndpointId": true, "vpcEndpointAccountId": true, "eventCategory": true, "tlsDetails": true, "sessionCredentialFromConsole": true, "addendum": true, "edgeDeviceDetails": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate21(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data["detail-type"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "detail-type" }, message: "must have required property 'detail-type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.detail === void 0) {
      const err2 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "detail" }, message: "must have required property 'detail'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data["detail-type"] !== void 0) {
      if ("AWS API Call via CloudTrail" !== data["detail-type"]) {
        const err3 = { instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "AWS API Call via CloudTrail" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (typeof data.source !== "string") {
        const err4 = { instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      if (!validate23(data.detail, { instancePath: instancePath + "/detail", parentData: data, parentDataProperty: "detail", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

// cloudtrail.eventbridge-aws-api-call.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
