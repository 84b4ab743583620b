// Generated from schemas/codebuild/eventbridge-build-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:codebuild.eventbridge-build-state-change.all.standalone.js
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
    if (data["build-complete"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "build-complete" }, message: "must have required property 'build-complete'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.initiator === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initiator" }, message: "must have required property 'initiator'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data["build-start-time"] === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "build-start-time" }, message: "must have required property 'build-start-time'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.artifact !== void 0) {
      let data0 = data.artifact;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.location !== void 0) {
          if (typeof data0.location !== "string") {
            const err3 = { instancePath: instancePath + "/artifact/location", schemaPath: "#/properties/artifact/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.md5sum !== void 0) {
          if (typeof data0.md5sum !== "string") {
            const err4 = { instancePath: instancePath + "/artifact/md5sum", schemaPath: "#/properties/artifact/properties/md5sum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.sha256sum !== void 0) {
          if (typeof data0.sha256sum !== "string") {
            const err5 = { instancePath: instancePath + "/artifact/sha256sum", schemaPath: "#/properties/artifact/properties/sha256sum/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.image !== void 0) {
          if (typeof data4.image !== "string") {
            const err7 = { instancePath: instancePath + "/environment/image", schemaPath: "#/properties/environment/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4["privileged-mode"] !== void 0) {
          if (typeof data4["privileged-mode"] !== "boolean") {
            const err8 = { instancePath: instancePath + "/environment/privileged-mode", schemaPath: "#/properties/environment/properties/privileged-mode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data4["compute-type"] !== void 0) {
          if (typeof data4["compute-type"] !== "string") {
            const err9 = { instancePath: instancePath + "/environment/compute-type", schemaPath: "#/properties/environment/properties/compute-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data4.type !== void 0) {
          if (typeof data4.type !== "string") {
            const err10 = { instancePath: instancePath + "/environment/type", schemaPath: "#/properties/environment/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4["image-pull-credentials-type"] !== void 0) {
          if (typeof data4["image-pull-credentials-type"] !== "string") {
            const err11 = { instancePath: instancePath + "/environment/image-pull-credentials-type", schemaPath: "#/properties/environment/properties/image-pull-credentials-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data4["environment-variables"] !== void 0) {
          let data10 = data4["environment-variables"];
          if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data11 = data10[i0];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.name !== void 0) {
                  if (typeof data11.name !== "string") {
                    const err12 = { instancePath: instancePath + "/environment/environment-variables/" + i0 + "/name", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data11.type !== void 0) {
                  if (typeof data11.type !== "string") {
                    const err13 = { instancePath: instancePath + "/environment/environment-variables/" + i0 + "/type", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data11.value !== void 0) {
                  if (typeof data11.value !== "string") {
                    const err14 = { instancePath: instancePath + "/environment/environment-variables/" + i0 + "/value", schemaPath: "#/properties/environment/properties/environment-variables/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/environment/environment-variables/" + i0, schemaPath: "#/properties/environment/properties/environment-variables/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/environment/environment-variables", schemaPath: "#/properties/environment/properties/environment-variables/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["timeout-in-minutes"] !== void 0) {
      let data15 = data["timeout-in-minutes"];
      if (!(typeof data15 == "number" && isFinite(data15))) {
        const err18 = { instancePath: instancePath + "/timeout-in-minutes", schemaPath: "#/properties/timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["queued-timeout-in-minutes"] !== void 0) {
      let data16 = data["queued-timeout-in-minutes"];
      if (!(typeof data16 == "number" && isFinite(data16))) {
        const err19 = { instancePath: instancePath + "/queued-timeout-in-minutes", schemaPath: "#/properties/queued-timeout-in-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["build-complete"] !== void 0) {
      if (typeof data["build-complete"] !== "boolean") {
        const err20 = { instancePath: instancePath + "/build-complete", schemaPath: "#/properties/build-complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data["build-number"] !== void 0) {
      let data18 = data["build-number"];
      if (!(typeof data18 == "number" && isFinite(data18))) {
        const err21 = { instancePath: instancePath + "/build-number", schemaPath: "#/properties/build-number/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.initiator !== void 0) {
      if (typeof data.initiator !== "string") {
        const err22 = { instancePath: instancePath + "/initiator", schemaPath: "#/properties/initiator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["build-start-time"] !== void 0) {
      if (typeof data["build-start-time"] !== "string") {
        const err23 = { instancePath: instancePath + "/build-start-time", schemaPath: "#/properties/build-start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data21 = data.source;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.location !== void 0) {
          if (typeof data21.location !== "string") {
            const err24 = { instancePath: instancePath + "/source/location", schemaPath: "#/properties/source/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data21.type !== void 0) {
          if (typeof data21.type !== "string") {
            const err25 = { instancePath: instancePath + "/source/type", schemaPath: "#/properties/source/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data21.buildspec !== void 0) {
          if (typeof data21.buildspec !== "string") {
            const err26 = { instancePath: instancePath + "/source/buildspec", schemaPath: "#/properties/source/properties/buildspec/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data21.auth !== void 0) {
          let data25 = data21.auth;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.type !== void 0) {
              if (typeof data25.type !== "string") {
                const err27 = { instancePath: instancePath + "/source/auth/type", schemaPath: "#/properties/source/properties/auth/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data25.resource !== void 0) {
              if (typeof data25.resource !== "string") {
                const err28 = { instancePath: instancePath + "/source/auth/resource", schemaPath: "#/properties/source/properties/auth/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/source/auth", schemaPath: "#/properties/source/properties/auth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["source-version"] !== void 0) {
      if (typeof data["source-version"] !== "string") {
        const err31 = { instancePath: instancePath + "/source-version", schemaPath: "#/properties/source-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.logs !== void 0) {
      let data29 = data.logs;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29["group-name"] !== void 0) {
          if (typeof data29["group-name"] !== "string") {
            const err32 = { instancePath: instancePath + "/logs/group-name", schemaPath: "#/properties/logs/properties/group-name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data29["stream-name"] !== void 0) {
          if (typeof data29["stream-name"] !== "string") {
            const err33 = { instancePath: instancePath + "/logs/stream-name", schemaPath: "#/properties/logs/properties/stream-name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data29["deep-link"] !== void 0) {
          if (typeof data29["deep-link"] !== "string") {
            const err34 = { instancePath: instancePath + "/logs/deep-link", schemaPath: "#/properties/logs/properties/deep-link/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/logs", schemaPath: "#/properties/logs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.phases !== void 0) {
      let data33 = data.phases;
      if (Array.isArray(data33)) {
        const len1 = data33.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data34 = data33[i1];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34["phase-type"] === void 0) {
              const err36 = { instancePath: instancePath + "/phases/" + i1, schemaPath: "#/$defs/CodeBuildPhase/required", keyword: "required", params: { missingProperty: "phase-type" }, message: "must have required property 'phase-type'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data34["start-time"] === void 0) {
              const err37 = { instancePath: instancePath + "/phases/" + i1, schemaPath: "#/$defs/CodeBuildPhase/required", keyword: "required", params: { missingProperty: "start-time" }, message: "must have required property 'start-time'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data34["phase-context"] !== void 0) {
              let data35 = data34["phase-context"];
              if (Array.isArray(data35)) {
                const len2 = data35.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data35[i2] !== "string") {
                    const err38 = { instancePath: instancePath + "/phases/" + i1 + "/phase-context/" + i2, schemaPath: "#/$defs/CodeBuildPhase/properties/phase-context/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/phases/" + i1 + "/phase-context", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-context/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data34["start-time"] !== void 0) {
              if (typeof data34["start-time"] !== "string") {
                const err40 = { instancePath: instancePath + "/phases/" + i1 + "/start-time", schemaPath: "#/$defs/CodeBuildPhase/properties/start-time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data34["end-time"] !== void 0) {
              if (typeof data34["end-time"] !== "string") {
                const err41 = { instancePath: instancePath + "/phases/" + i1 + "/end-time", schemaPath: "#/$defs/CodeBuildPhase/properties/end-time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data34["duration-in-seconds"] !== void 0) {
              let data39 = data34["duration-in-seconds"];
              if (!(typeof data39 == "number" && isFinite(data39))) {
                const err42 = { instancePath: instancePath + "/phases/" + i1 + "/duration-in-seconds", schemaPath: "#/$defs/CodeBuildPhase/properties/duration-in-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data34["phase-type"] !== void 0) {
              if (typeof data34["phase-type"] !== "string") {
                const err43 = { instancePath: instancePath + "/phases/" + i1 + "/phase-type", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data34["phase-status"] !== void 0) {
              if (typeof data34["phase-status"] !== "string") {
                const err44 = { instancePath: instancePath + "/phases/" + i1 + "/phase-status", schemaPath: "#/$defs/CodeBuildPhase/properties/phase-status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/phases/" + i1, schemaPath: "#/$defs/CodeBuildPhase/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/phases", schemaPath: "#/properties/phases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data["network-interface"] !== void 0) {
      let data42 = data["network-interface"];
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42["eni-id"] !== void 0) {
          if (typeof data42["eni-id"] !== "string") {
            const err47 = { instancePath: instancePath + "/network-interface/eni-id", schemaPath: "#/properties/network-interface/properties/eni-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data42["subnet-id"] !== void 0) {
          if (typeof data42["subnet-id"] !== "string") {
            const err48 = { instancePath: instancePath + "/network-interface/subnet-id", schemaPath: "#/properties/network-interface/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = { instancePath: instancePath + "/network-interface", schemaPath: "#/properties/network-interface/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data["vpc-config"] !== void 0) {
      let data45 = data["vpc-config"];
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        if (data45["vpc-id"] !== void 0) {
          if (typeof data45["vpc-id"] !== "string") {
            const err50 = { instancePath: instancePath + "/vpc-config/vpc-id", schemaPath: "#/properties/vpc-config/properties/vpc-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data45["security-group-ids"] !== void 0) {
          let data47 = data45["security-group-ids"];
          if (Array.isArray(data47)) {
            const len3 = data47.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (typeof data47[i3] !== "string") {
                const err51 = { instancePath: instancePath + "/vpc-config/security-group-ids/" + i3, schemaPath: "#/properties/vpc-config/properties/security-group-ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/vpc-config/security-group-ids", schemaPath: "#/properties/vpc-config/properties/security-group-ids/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data45.subnets !== void 0) {
          let data49 = data45.subnets;
          if (Array.isArray(data49)) {
            const len4 = data49.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data50 = data49[i4];
              if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                if (data50["subnet-id"] !== void 0) {
                  if (typeof data50["subnet-id"] !== "string") {
                    const err53 = { instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/subnet-id", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/subnet-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data50["build-fleet-az"] !== void 0) {
                  if (typeof data50["build-fleet-az"] !== "string") {
                    const err54 = { instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/build-fleet-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/build-fleet-az/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data50["customer-az"] !== void 0) {
                  if (typeof data50["customer-az"] !== "string") {
                    const err55 = { instancePath: instancePath + "/vpc-config/subnets/" + i4 + "/customer-az", schemaPath: "#/properties/vpc-config/properties/subnets/items/properties/customer-az/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/vpc-config/subnets/" + i4, schemaPath: "#/properties/vpc-config/properties/subnets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/vpc-config/subnets", schemaPath: "#/properties/vpc-config/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/vpc-config", schemaPath: "#/properties/vpc-config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.cache !== void 0) {
      let data54 = data.cache;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        if (data54.type !== void 0) {
          if (typeof data54.type !== "string") {
            const err59 = { instancePath: instancePath + "/cache/type", schemaPath: "#/properties/cache/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data54.location !== void 0) {
          if (typeof data54.location !== "string") {
            const err60 = { instancePath: instancePath + "/cache/location", schemaPath: "#/properties/cache/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "artifact": true, "environment": true, "timeout-in-minutes": true, "queued-timeout-in-minutes": true, "build-complete": true, "build-number": true, "initiator": true, "build-start-time": true, "source": true, "source-version": true, "logs": true, "phases": true, "network-interface": true, "vpc-config": true, "cache": true }, "dynamicProps": false, "dynamicItems": false };
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
    if (data["build-status"] === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "build-status" }, message: "must have required property 'build-status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data["project-name"] === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "project-name" }, message: "must have required property 'project-name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data["build-id"] === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "build-id" }, message: "must have required property 'build-id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data["additional-information"] === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "additional-information" }, message: "must have required property 'additional-information'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data["current-phase"] === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current-phase" }, message: "must have required property 'current-phase'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data["current-phase-context"] === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current-phase-context" }, message: "must have required property 'current-phase-context'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data["build-status"] !== void 0) {
      if (typeof data["build-status"] !== "string") {
        const err7 = { instancePath: instancePath + "/build-status", schemaPath: "#/properties/build-status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["project-name"] !== void 0) {
      if (typeof data["project-name"] !== "string") {
        const err8 = { instancePath: instancePath + "/project-name", schemaPath: "#/properties/project-name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["build-id"] !== void 0) {
      if (typeof data["build-id"] !== "string") {
        const err9 = { instancePath: instancePath + "/build-id", schemaPath: "#/properties/build-id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["additional-information"] !== void 0) {
      if (!validate24(data["additional-information"], { instancePath: instancePath + "/additional-information", parentData: data, parentDataProperty: "additional-information", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data["current-phase"] !== void 0) {
      if (typeof data["current-phase"] !== "string") {
        const err10 = { instancePath: instancePath + "/current-phase", schemaPath: "#/properties/current-phase/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["current-phase-context"] !== void 0) {
      if (typeof data["current-phase-context"] !== "string") {
        const err11 = { instancePath: instancePath + "/current-phase-context", schemaPath: "#/properties/current-phase-context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "build-status": true, "project-name": true, "build-id": true, "additional-information": true, "current-phase": true, "current-phase-context": true, "version": true }, "dynamicProps": false, "dynamicItems": false };
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
      if ("CodeBuild Build State Change" !== data["detail-type"]) {
        const err3 = { instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "CodeBuild Build State Change" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if ("aws.codebuild" !== data.source) {
        const err4 = { instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.codebuild" }, message: "must be equal to constant" };
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

// codebuild.eventbridge-build-state-change.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
