// Generated from schemas/macie/eventbridge-bucket-contains-high-risk-object-alert.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:macie.eventbridge-bucket-contains-high-risk-object-alert.all.standalone.js
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
    if (data["alert-type"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alert-type" }, message: "must have required property 'alert-type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data["alert-type"] !== void 0) {
      if (typeof data["alert-type"] !== "string") {
        const err1 = { instancePath: instancePath + "/alert-type", schemaPath: "#/properties/alert-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["rule-arn"] !== void 0) {
      if (typeof data["rule-arn"] !== "string") {
        const err2 = { instancePath: instancePath + "/rule-arn", schemaPath: "#/properties/rule-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["created-at"] !== void 0) {
      if (typeof data["created-at"] !== "string") {
        const err3 = { instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.risk !== void 0) {
      let data4 = data.risk;
      if (!(typeof data4 == "number" && isFinite(data4))) {
        const err5 = { instancePath: instancePath + "/risk", schemaPath: "#/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data5 = data.features;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          let data6 = data5[key0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.name !== void 0) {
              if (typeof data6.name !== "string") {
                const err6 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/$defs/MacieAlertFeature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data6.description !== void 0) {
              if (typeof data6.description !== "string") {
                const err7 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/$defs/MacieAlertFeature/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data6.narrative !== void 0) {
              if (typeof data6.narrative !== "string") {
                const err8 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/narrative", schemaPath: "#/$defs/MacieAlertFeature/properties/narrative/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data6.risk !== void 0) {
              let data10 = data6.risk;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err9 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/risk", schemaPath: "#/$defs/MacieAlertFeature/properties/risk/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data6.anomalous !== void 0) {
              if (typeof data6.anomalous !== "boolean") {
                const err10 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/anomalous", schemaPath: "#/$defs/MacieAlertFeature/properties/anomalous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data6.multiplier !== void 0) {
              let data12 = data6.multiplier;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err11 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/multiplier", schemaPath: "#/$defs/MacieAlertFeature/properties/multiplier/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.excession_times !== void 0) {
              let data13 = data6.excession_times;
              if (Array.isArray(data13)) {
                const len0 = data13.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data13[i0] !== "string") {
                    const err12 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excession_times/" + i0, schemaPath: "#/$defs/MacieAlertFeature/properties/excession_times/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/excession_times", schemaPath: "#/$defs/MacieAlertFeature/properties/excession_times/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertFeature/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "alert-type": true, "rule-arn": true, "created-at": true, "description": true, "risk": true, "features": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data.Description !== void 0) {
      if (typeof data.Description !== "string") {
        const err0 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["Record Count"] !== void 0) {
      let data1 = data["Record Count"];
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err1 = { instancePath: instancePath + "/Record Count", schemaPath: "#/properties/Record%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["Event Count"] !== void 0) {
      let data2 = data["Event Count"];
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err2 = { instancePath: instancePath + "/Event Count", schemaPath: "#/properties/Event%20Count/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["Time Range"] !== void 0) {
      let data3 = data["Time Range"];
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.count === void 0) {
              const err3 = { instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data4.start === void 0) {
              const err4 = { instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data4.end === void 0) {
              const err5 = { instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data4.count !== void 0) {
              let data5 = data4.count;
              if (!(typeof data5 == "number" && isFinite(data5))) {
                const err6 = { instancePath: instancePath + "/Time Range/" + i0 + "/count", schemaPath: "#/properties/Time%20Range/items/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.start !== void 0) {
              if (typeof data4.start !== "string") {
                const err7 = { instancePath: instancePath + "/Time Range/" + i0 + "/start", schemaPath: "#/properties/Time%20Range/items/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data4.end !== void 0) {
              if (typeof data4.end !== "string") {
                const err8 = { instancePath: instancePath + "/Time Range/" + i0 + "/end", schemaPath: "#/properties/Time%20Range/items/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/Time Range/" + i0, schemaPath: "#/properties/Time%20Range/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/Time Range", schemaPath: "#/properties/Time%20Range/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["Source ARN"] !== void 0) {
      if (typeof data["Source ARN"] !== "string") {
        const err11 = { instancePath: instancePath + "/Source ARN", schemaPath: "#/properties/Source%20ARN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.Events !== void 0) {
      let data9 = data.Events;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key0 in data9) {
          let data10 = data9[key0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.count !== void 0) {
              let data11 = data10.count;
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err12 = { instancePath: instancePath + "/Events/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/count", schemaPath: "#/$defs/MacieAlertApiActivity/additionalProperties/properties/count/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/Events/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertApiActivity/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/Events", schemaPath: "#/$defs/MacieAlertApiActivity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.IP !== void 0) {
      let data12 = data.IP;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (!(typeof data13 == "number" && isFinite(data13))) {
            const err15 = { instancePath: instancePath + "/IP/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/IP", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.Location !== void 0) {
      let data14 = data.Location;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key2 in data14) {
          let data15 = data14[key2];
          if (!(typeof data15 == "number" && isFinite(data15))) {
            const err17 = { instancePath: instancePath + "/Location/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/Location", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.recipientAccountId !== void 0) {
      let data16 = data.recipientAccountId;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key3 in data16) {
          let data17 = data16[key3];
          if (!(typeof data17 == "number" && isFinite(data17))) {
            const err19 = { instancePath: instancePath + "/recipientAccountId/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/recipientAccountId", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.Bucket !== void 0) {
      let data18 = data.Bucket;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          let data19 = data18[key4];
          if (!(typeof data19 == "number" && isFinite(data19))) {
            const err21 = { instancePath: instancePath + "/Bucket/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/Bucket", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.Object !== void 0) {
      let data20 = data.Object;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          let data21 = data20[key5];
          if (!(typeof data21 == "number" && isFinite(data21))) {
            const err23 = { instancePath: instancePath + "/Object/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/Object", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.Themes !== void 0) {
      let data22 = data.Themes;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key6 in data22) {
          let data23 = data22[key6];
          if (!(typeof data23 == "number" && isFinite(data23))) {
            const err25 = { instancePath: instancePath + "/Themes/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/Themes", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["DLP risk"] !== void 0) {
      let data24 = data["DLP risk"];
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key7 in data24) {
          let data25 = data24[key7];
          if (!(typeof data25 == "number" && isFinite(data25))) {
            const err27 = { instancePath: instancePath + "/DLP risk/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/DLP risk", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.Owner !== void 0) {
      let data26 = data.Owner;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        for (const key8 in data26) {
          let data27 = data26[key8];
          if (!(typeof data27 == "number" && isFinite(data27))) {
            const err29 = { instancePath: instancePath + "/Owner/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/Owner", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.Timestamps !== void 0) {
      let data28 = data.Timestamps;
      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
        for (const key9 in data28) {
          let data29 = data28[key9];
          if (!(typeof data29 == "number" && isFinite(data29))) {
            const err31 = { instancePath: instancePath + "/Timestamps/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/Timestamps", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.ACL !== void 0) {
      let data30 = data.ACL;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key10 in data30) {
          let data31 = data30[key10];
          if (Array.isArray(data31)) {
            const len1 = data31.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data32 = data31[i1];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.Owner !== void 0) {
                  let data33 = data32.Owner;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    if (data33.DisplayName !== void 0) {
                      if (typeof data33.DisplayName !== "string") {
                        const err33 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner/DisplayName", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/properties/DisplayName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                    if (data33.ID !== void 0) {
                      if (typeof data33.ID !== "string") {
                        const err34 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner/ID", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Owner", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Owner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data32.Grants !== void 0) {
                  let data36 = data32.Grants;
                  if (Array.isArray(data36)) {
                    const len2 = data36.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data37 = data36[i2];
                      if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                        if (data37.Grantee !== void 0) {
                          let data38 = data37.Grantee;
                          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                            if (data38.Type !== void 0) {
                              if (typeof data38.Type !== "string") {
                                const err36 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/Type", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err36];
                                } else {
                                  vErrors.push(err36);
                                }
                                errors++;
                              }
                            }
                            if (data38.URI !== void 0) {
                              if (typeof data38.URI !== "string") {
                                const err37 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/URI", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/URI/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                            }
                            if (data38.ID !== void 0) {
                              if (typeof data38.ID !== "string") {
                                const err38 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee/ID", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/properties/ID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err38];
                                } else {
                                  vErrors.push(err38);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err39 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Grantee", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Grantee/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                        }
                        if (data37.Permission !== void 0) {
                          if (typeof data37.Permission !== "string") {
                            const err40 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2 + "/Permission", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/properties/Permission/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err41 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants/" + i2, schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1 + "/Grants", schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/properties/Grants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/ACL/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertBucketAcls/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/ACL", schemaPath: "#/$defs/MacieAlertBucketAcls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": { "Description": true, "Record Count": true, "Event Count": true, "Time Range": true, "Source ARN": true, "Events": true, "IP": true, "Location": true, "recipientAccountId": true, "Bucket": true, "Object": true, "Themes": true, "DLP risk": true, "Owner": true, "Timestamps": true, "ACL": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data["notification-type"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notification-type" }, message: "must have required property 'notification-type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tags === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tags" }, message: "must have required property 'tags'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.url === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data["alert-arn"] === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "alert-arn" }, message: "must have required property 'alert-arn'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data["risk-score"] === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "risk-score" }, message: "must have required property 'risk-score'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.trigger === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data["created-at"] === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created-at" }, message: "must have required property 'created-at'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.actor === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actor" }, message: "must have required property 'actor'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data["notification-type"] !== void 0) {
      if (typeof data["notification-type"] !== "string") {
        const err9 = { instancePath: instancePath + "/notification-type", schemaPath: "#/properties/notification-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data2 = data.tags;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== "string") {
            const err11 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err13 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data["alert-arn"] !== void 0) {
      if (typeof data["alert-arn"] !== "string") {
        const err14 = { instancePath: instancePath + "/alert-arn", schemaPath: "#/properties/alert-arn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["risk-score"] !== void 0) {
      let data6 = data["risk-score"];
      if (!(typeof data6 == "number" && isFinite(data6))) {
        const err15 = { instancePath: instancePath + "/risk-score", schemaPath: "#/properties/risk-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["created-at"] !== void 0) {
      if (typeof data["created-at"] !== "string") {
        const err16 = { instancePath: instancePath + "/created-at", schemaPath: "#/properties/created-at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.actor !== void 0) {
      if (typeof data.actor !== "string") {
        const err17 = { instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.trigger !== void 0) {
      if (!validate25(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.summary !== void 0) {
      if (!validate27(data.summary, { instancePath: instancePath + "/summary", parentData: data, parentDataProperty: "summary", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "notification-type": true, "name": true, "tags": true, "url": true, "alert-arn": true, "risk-score": true, "created-at": true, "actor": true, "trigger": true, "summary": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trigger === void 0) {
      const err0 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "trigger" }, message: "must have required property 'trigger'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err1 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.trigger !== void 0) {
      let data0 = data.trigger;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0["alert-type"] === void 0) {
          const err2 = { instancePath: instancePath + "/trigger", schemaPath: "#/allOf/1/properties/trigger/required", keyword: "required", params: { missingProperty: "alert-type" }, message: "must have required property 'alert-type'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0["alert-type"] !== void 0) {
          if ("basic" !== data0["alert-type"]) {
            const err3 = { instancePath: instancePath + "/trigger/alert-type", schemaPath: "#/allOf/1/properties/trigger/properties/alert-type/const", keyword: "const", params: { allowedValue: "basic" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/trigger", schemaPath: "#/allOf/1/properties/trigger/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data2 = data.summary;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.Object === void 0) {
          const err5 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "Object" }, message: "must have required property 'Object'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.Object !== void 0) {
          let data3 = data2.Object;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key0 in data3) {
              let data4 = data3[key0];
              if (!(typeof data4 == "number" && isFinite(data4))) {
                const err6 = { instancePath: instancePath + "/summary/Object/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/MacieAlertCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = { instancePath: instancePath + "/summary/Object", schemaPath: "#/$defs/MacieAlertCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "trigger": true, "summary": true, "notification-type": true, "name": true, "tags": true, "url": true, "alert-arn": true, "risk-score": true, "created-at": true, "actor": true }, "dynamicProps": false, "dynamicItems": false };
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
      if ("Macie Alert" !== data["detail-type"]) {
        const err3 = { instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "Macie Alert" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if ("aws.macie" !== data.source) {
        const err4 = { instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.macie" }, message: "must be equal to constant" };
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

// macie.eventbridge-bucket-contains-high-risk-object-alert.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
