// Generated from schemas/lambda/destination-record.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:lambda.destination-record.standalone.js
var lambda_destination_record_standalone_default = validate20;
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
      if (data.requestId === void 0 && (missing0 = "requestId") || data.functionArn === void 0 && (missing0 = "functionArn") || data.condition === void 0 && (missing0 = "condition") || data.approximateInvokeCount === void 0 && (missing0 = "approximateInvokeCount")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.requestId !== void 0) {
          const _errs1 = errors;
          if (typeof data.requestId !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.functionArn !== void 0) {
            const _errs3 = errors;
            if (typeof data.functionArn !== "string") {
              validate21.errors = [{ instancePath: instancePath + "/functionArn", schemaPath: "#/$defs/Arn/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.condition !== void 0) {
              const _errs6 = errors;
              if (typeof data.condition !== "string") {
                validate21.errors = [{ instancePath: instancePath + "/condition", schemaPath: "#/properties/condition/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.approximateInvokeCount !== void 0) {
                let data3 = data.approximateInvokeCount;
                const _errs8 = errors;
                if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
                  validate21.errors = [{ instancePath: instancePath + "/approximateInvokeCount", schemaPath: "#/properties/approximateInvokeCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
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
validate21.evaluated = { "props": { "requestId": true, "functionArn": true, "condition": true, "approximateInvokeCount": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.version === void 0 && (missing0 = "version") || data.timestamp === void 0 && (missing0 = "timestamp") || data.requestContext === void 0 && (missing0 = "requestContext") || data.requestPayload === void 0 && (missing0 = "requestPayload")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.version !== void 0) {
          const _errs1 = errors;
          if (typeof data.version !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.timestamp !== void 0) {
            const _errs3 = errors;
            if (typeof data.timestamp !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/IsoTimestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.requestContext !== void 0) {
              const _errs6 = errors;
              if (!validate21(data.requestContext, { instancePath: instancePath + "/requestContext", parentData: data, parentDataProperty: "requestContext", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.responseContext !== void 0) {
                let data3 = data.responseContext;
                const _errs7 = errors;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    let missing1;
                    if (data3.statusCode === void 0 && (missing1 = "statusCode") || data3.executedVersion === void 0 && (missing1 = "executedVersion")) {
                      validate20.errors = [{ instancePath: instancePath + "/responseContext", schemaPath: "#/$defs/LambdaDestinationResponseContext/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      if (data3.statusCode !== void 0) {
                        let data4 = data3.statusCode;
                        const _errs10 = errors;
                        if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                          validate20.errors = [{ instancePath: instancePath + "/responseContext/statusCode", schemaPath: "#/$defs/LambdaDestinationResponseContext/properties/statusCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        var valid3 = _errs10 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data3.executedVersion !== void 0) {
                          const _errs12 = errors;
                          if (typeof data3.executedVersion !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/responseContext/executedVersion", schemaPath: "#/$defs/LambdaDestinationResponseContext/properties/executedVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid3 = _errs12 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data3.functionError !== void 0) {
                            const _errs14 = errors;
                            if (typeof data3.functionError !== "string") {
                              validate20.errors = [{ instancePath: instancePath + "/responseContext/functionError", schemaPath: "#/$defs/LambdaDestinationResponseContext/properties/functionError/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid3 = _errs14 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate20.errors = [{ instancePath: instancePath + "/responseContext", schemaPath: "#/$defs/LambdaDestinationResponseContext/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
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
    } else {
      validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": { "version": true, "timestamp": true, "requestContext": true, "requestPayload": true, "responseContext": true, "responsePayload": true }, "dynamicProps": false, "dynamicItems": false };

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

// lambda.destination-record.entry.ts
withStandardSchema(lambda_destination_record_standalone_default, "lambda.destination-record");
export {
  lambda_destination_record_standalone_default as default,
  lambda_destination_record_standalone_default as validate
};
