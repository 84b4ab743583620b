// Generated from schemas/autoscaling/eventbridge-instance-launch-successful.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:autoscaling.eventbridge-instance-launch-successful.all.standalone.js
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
      if ("EC2 Instance Launch Successful" !== data["detail-type"]) {
        const err3 = { instancePath: instancePath + "/detail-type", schemaPath: "#/allOf/1/properties/detail-type/const", keyword: "const", params: { allowedValue: "EC2 Instance Launch Successful" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if ("aws.autoscaling" !== data.source) {
        const err4 = { instancePath: instancePath + "/source", schemaPath: "#/allOf/1/properties/source/const", keyword: "const", params: { allowedValue: "aws.autoscaling" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.detail !== void 0) {
      let data2 = data.detail;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.ActivityId === void 0) {
          const err5 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "ActivityId" }, message: "must have required property 'ActivityId'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.AutoScalingGroupName === void 0) {
          const err6 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "AutoScalingGroupName" }, message: "must have required property 'AutoScalingGroupName'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.Cause === void 0) {
          const err7 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "Cause" }, message: "must have required property 'Cause'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.EC2InstanceId === void 0) {
          const err8 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "EC2InstanceId" }, message: "must have required property 'EC2InstanceId'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.StartTime === void 0) {
          const err9 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "StartTime" }, message: "must have required property 'StartTime'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.StatusCode === void 0) {
          const err10 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/required", keyword: "required", params: { missingProperty: "StatusCode" }, message: "must have required property 'StatusCode'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.ActivityId !== void 0) {
          if (typeof data2.ActivityId !== "string") {
            const err11 = { instancePath: instancePath + "/detail/ActivityId", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/ActivityId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.AutoScalingGroupName !== void 0) {
          if (typeof data2.AutoScalingGroupName !== "string") {
            const err12 = { instancePath: instancePath + "/detail/AutoScalingGroupName", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/AutoScalingGroupName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.Cause !== void 0) {
          if (typeof data2.Cause !== "string") {
            const err13 = { instancePath: instancePath + "/detail/Cause", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Cause/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.Description !== void 0) {
          if (typeof data2.Description !== "string") {
            const err14 = { instancePath: instancePath + "/detail/Description", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.Details !== void 0) {
          let data7 = data2.Details;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7["Availability Zone"] !== void 0) {
              if (typeof data7["Availability Zone"] !== "string") {
                const err15 = { instancePath: instancePath + "/detail/Details/Availability Zone", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Details/properties/Availability%20Zone/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data7["Subnet ID"] !== void 0) {
              if (typeof data7["Subnet ID"] !== "string") {
                const err16 = { instancePath: instancePath + "/detail/Details/Subnet ID", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Details/properties/Subnet%20ID/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data7.InvokingAlarms !== void 0) {
              let data10 = data7.InvokingAlarms;
              if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  } else {
                    const err17 = { instancePath: instancePath + "/detail/Details/InvokingAlarms/" + i0, schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Details/properties/InvokingAlarms/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/detail/Details/InvokingAlarms", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Details/properties/InvokingAlarms/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/detail/Details", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Details/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.EC2InstanceId !== void 0) {
          if (typeof data2.EC2InstanceId !== "string") {
            const err20 = { instancePath: instancePath + "/detail/EC2InstanceId", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/EC2InstanceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data2.RequestId !== void 0) {
          if (typeof data2.RequestId !== "string") {
            const err21 = { instancePath: instancePath + "/detail/RequestId", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/RequestId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.StartTime !== void 0) {
          if (typeof data2.StartTime !== "string") {
            const err22 = { instancePath: instancePath + "/detail/StartTime", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/StartTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data2.EndTime !== void 0) {
          if (typeof data2.EndTime !== "string") {
            const err23 = { instancePath: instancePath + "/detail/EndTime", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/EndTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.StatusCode !== void 0) {
          if (typeof data2.StatusCode !== "string") {
            const err24 = { instancePath: instancePath + "/detail/StatusCode", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/StatusCode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data2.StatusMessage !== void 0) {
          if (typeof data2.StatusMessage !== "string") {
            const err25 = { instancePath: instancePath + "/detail/StatusMessage", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/StatusMessage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.Origin !== void 0) {
          if (typeof data2.Origin !== "string") {
            const err26 = { instancePath: instancePath + "/detail/Origin", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Origin/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data2.Destination !== void 0) {
          if (typeof data2.Destination !== "string") {
            const err27 = { instancePath: instancePath + "/detail/Destination", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/properties/Destination/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/detail", schemaPath: "#/$defs/AutoScalingInstanceLaunchSuccessfulDetail/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "detail-type": true, "source": true, "detail": true, "version": true, "id": true, "account": true, "time": true, "region": true, "resources": true, "replay-name": true }, "dynamicProps": false, "dynamicItems": false };

// autoscaling.eventbridge-instance-launch-successful.all.entry.ts
var branches = {};
export {
  branches,
  validateAll
};
