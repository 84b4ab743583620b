// Generated from schemas/cognito/custom-sms-sender.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cognito.custom-sms-sender.standalone.js
var cognito_custom_sms_sender_standalone_default = validate21;
var schema6 = { "$id": "urn:lambda-event-registry:cognito.custom-sms-sender", "type": "object", "required": ["version", "triggerSource", "region", "userPoolId", "userName", "callerContext", "request"], "properties": { "version": { "$ref": "#/$defs/CognitoTriggerVersion" }, "triggerSource": { "enum": ["CustomSMSSender_SignUp", "CustomSMSSender_ResendCode", "CustomSMSSender_ForgotPassword", "CustomSMSSender_UpdateUserAttribute", "CustomSMSSender_VerifyUserAttribute", "CustomSMSSender_Authentication", "CustomSMSSender_AdminCreateUser"] }, "region": { "$ref": "#/$defs/AwsRegion" }, "userPoolId": { "$ref": "#/$defs/CognitoUserPoolId" }, "userName": { "$ref": "#/$defs/CognitoUserName" }, "callerContext": { "$ref": "#/$defs/CognitoCallerContext" }, "request": { "type": "object", "required": ["type", "userAttributes"], "properties": { "type": { "const": "customSMSSenderRequestV1" }, "code": { "$ref": "#/$defs/Base64String" }, "userAttributes": { "$ref": "#/$defs/CognitoUserAttributes" }, "clientMetadata": { "anyOf": [{ "$ref": "#/$defs/CognitoClientMetadata" }, { "type": "null" }] } } } }, "$defs": { "AwsRegion": { "type": "string" }, "Base64String": { "type": "string" }, "CognitoCallerContext": { "type": "object", "required": ["awsSdkVersion", "clientId"], "properties": { "awsSdkVersion": { "type": "string" }, "clientId": { "type": "string" } } }, "CognitoClientMetadata": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoTriggerVersion": { "type": "string" }, "CognitoUserAttributes": { "type": "object", "additionalProperties": { "type": "string" } }, "CognitoUserName": { "type": "string" }, "CognitoUserPoolId": { "type": "string" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.awsSdkVersion === void 0 && (missing0 = "awsSdkVersion") || data.clientId === void 0 && (missing0 = "clientId")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awsSdkVersion !== void 0) {
          const _errs1 = errors;
          if (typeof data.awsSdkVersion !== "string") {
            validate30.errors = [{ instancePath: instancePath + "/awsSdkVersion", schemaPath: "#/properties/awsSdkVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.clientId !== void 0) {
            const _errs3 = errors;
            if (typeof data.clientId !== "string") {
              validate30.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
    return false;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate34.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const _errs2 = errors;
        if (typeof data[key0] !== "string") {
          validate36.errors = [{ instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
          return false;
        }
        var valid0 = _errs2 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.triggerSource === void 0 && (missing0 = "triggerSource") || data.region === void 0 && (missing0 = "region") || data.userPoolId === void 0 && (missing0 = "userPoolId") || data.userName === void 0 && (missing0 = "userName") || data.callerContext === void 0 && (missing0 = "callerContext") || data.request === void 0 && (missing0 = "request")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (!validate22(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.triggerSource !== void 0) {
            let data1 = data.triggerSource;
            const _errs2 = errors;
            if (!(data1 === "CustomSMSSender_SignUp" || data1 === "CustomSMSSender_ResendCode" || data1 === "CustomSMSSender_ForgotPassword" || data1 === "CustomSMSSender_UpdateUserAttribute" || data1 === "CustomSMSSender_VerifyUserAttribute" || data1 === "CustomSMSSender_Authentication" || data1 === "CustomSMSSender_AdminCreateUser")) {
              validate21.errors = [{ instancePath: instancePath + "/triggerSource", schemaPath: "#/properties/triggerSource/enum", keyword: "enum", params: { allowedValues: schema6.properties.triggerSource.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.region !== void 0) {
              const _errs3 = errors;
              if (!validate24(data.region, { instancePath: instancePath + "/region", parentData: data, parentDataProperty: "region", rootData })) {
                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.userPoolId !== void 0) {
                const _errs4 = errors;
                if (!validate26(data.userPoolId, { instancePath: instancePath + "/userPoolId", parentData: data, parentDataProperty: "userPoolId", rootData })) {
                  vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.userName !== void 0) {
                  const _errs5 = errors;
                  if (!validate28(data.userName, { instancePath: instancePath + "/userName", parentData: data, parentDataProperty: "userName", rootData })) {
                    vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.callerContext !== void 0) {
                    const _errs6 = errors;
                    if (!validate30(data.callerContext, { instancePath: instancePath + "/callerContext", parentData: data, parentDataProperty: "callerContext", rootData })) {
                      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.request !== void 0) {
                      let data6 = data.request;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing1;
                          if (data6.type === void 0 && (missing1 = "type") || data6.userAttributes === void 0 && (missing1 = "userAttributes")) {
                            validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                            return false;
                          } else {
                            if (data6.type !== void 0) {
                              const _errs9 = errors;
                              if ("customSMSSenderRequestV1" !== data6.type) {
                                validate21.errors = [{ instancePath: instancePath + "/request/type", schemaPath: "#/properties/request/properties/type/const", keyword: "const", params: { allowedValue: "customSMSSenderRequestV1" }, message: "must be equal to constant" }];
                                return false;
                              }
                              var valid1 = _errs9 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data6.code !== void 0) {
                                const _errs10 = errors;
                                if (!validate32(data6.code, { instancePath: instancePath + "/request/code", parentData: data6, parentDataProperty: "code", rootData })) {
                                  vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                  errors = vErrors.length;
                                }
                                var valid1 = _errs10 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data6.userAttributes !== void 0) {
                                  const _errs11 = errors;
                                  if (!validate34(data6.userAttributes, { instancePath: instancePath + "/request/userAttributes", parentData: data6, parentDataProperty: "userAttributes", rootData })) {
                                    vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid1 = _errs11 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data6.clientMetadata !== void 0) {
                                    let data10 = data6.clientMetadata;
                                    const _errs12 = errors;
                                    const _errs13 = errors;
                                    let valid2 = false;
                                    const _errs14 = errors;
                                    if (!validate36(data10, { instancePath: instancePath + "/request/clientMetadata", parentData: data6, parentDataProperty: "clientMetadata", rootData })) {
                                      vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                      errors = vErrors.length;
                                    }
                                    var _valid0 = _errs14 === errors;
                                    valid2 = valid2 || _valid0;
                                    if (!valid2) {
                                      const _errs15 = errors;
                                      if (data10 !== null) {
                                        const err0 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/properties/request/properties/clientMetadata/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                        if (vErrors === null) {
                                          vErrors = [err0];
                                        } else {
                                          vErrors.push(err0);
                                        }
                                        errors++;
                                      }
                                      var _valid0 = _errs15 === errors;
                                      valid2 = valid2 || _valid0;
                                    }
                                    if (!valid2) {
                                      const err1 = { instancePath: instancePath + "/request/clientMetadata", schemaPath: "#/properties/request/properties/clientMetadata/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                      if (vErrors === null) {
                                        vErrors = [err1];
                                      } else {
                                        vErrors.push(err1);
                                      }
                                      errors++;
                                      validate21.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs13;
                                      if (vErrors !== null) {
                                        if (_errs13) {
                                          vErrors.length = _errs13;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid1 = _errs12 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate21.errors = [{ instancePath: instancePath + "/request", schemaPath: "#/properties/request/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs7 === errors;
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
    } else {
      validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// check:cognito.custom-sms-sender.check.js
function d_CognitoCallerContext(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v6 = x.awsSdkVersion;
    if (v6 === void 0) return false;
    if (!(typeof v6 === "string")) return false;
  }
  {
    const v7 = x.clientId;
    if (v7 === void 0) return false;
    if (!(typeof v7 === "string")) return false;
  }
  return true;
}
function d_CognitoUserAttributes(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v12 in x) {
    const v13 = x[v12];
    if (!(typeof v13 === "string")) return false;
  }
  return true;
}
function d_CognitoClientMetadata(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  for (const v15 in x) {
    const v16 = x[v15];
    if (!(typeof v16 === "string")) return false;
  }
  return true;
}
function check(x) {
  if (!(x !== null && typeof x === "object" && !Array.isArray(x))) return false;
  {
    const v0 = x.version;
    if (v0 === void 0) return false;
    if (!(typeof v0 === "string")) return false;
  }
  {
    const v1 = x.triggerSource;
    if (v1 === void 0) return false;
    if (!(v1 === "CustomSMSSender_SignUp" || v1 === "CustomSMSSender_ResendCode" || v1 === "CustomSMSSender_ForgotPassword" || v1 === "CustomSMSSender_UpdateUserAttribute" || v1 === "CustomSMSSender_VerifyUserAttribute" || v1 === "CustomSMSSender_Authentication" || v1 === "CustomSMSSender_AdminCreateUser")) return false;
  }
  {
    const v2 = x.region;
    if (v2 === void 0) return false;
    if (!(typeof v2 === "string")) return false;
  }
  {
    const v3 = x.userPoolId;
    if (v3 === void 0) return false;
    if (!(typeof v3 === "string")) return false;
  }
  {
    const v4 = x.userName;
    if (v4 === void 0) return false;
    if (!(typeof v4 === "string")) return false;
  }
  {
    const v5 = x.callerContext;
    if (v5 === void 0) return false;
    if (!d_CognitoCallerContext(v5)) return false;
  }
  {
    const v8 = x.request;
    if (v8 === void 0) return false;
    if (!(v8 !== null && typeof v8 === "object" && !Array.isArray(v8))) return false;
    {
      const v9 = v8.type;
      if (v9 === void 0) return false;
      if (!(v9 === "customSMSSenderRequestV1")) return false;
    }
    {
      const v10 = v8.code;
      if (v10 !== void 0) {
        if (!(typeof v10 === "string")) return false;
      }
    }
    {
      const v11 = v8.userAttributes;
      if (v11 === void 0) return false;
      if (!d_CognitoUserAttributes(v11)) return false;
    }
    {
      const v14 = v8.clientMetadata;
      if (v14 !== void 0) {
        if (!(d_CognitoClientMetadata(v14) || v14 === null)) return false;
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

// cognito.custom-sms-sender.entry.ts
var validate = withStandardSchema(checked(check, cognito_custom_sms_sender_standalone_default), "cognito.custom-sms-sender");
export {
  validate as default,
  validate
};
