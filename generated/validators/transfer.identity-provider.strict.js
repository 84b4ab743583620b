// Generated from schemas/transfer/identity-provider.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:transfer.identity-provider.strict.standalone.js
var transfer_identity_provider_strict_standalone_default = validate20;
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
      if (data.username === void 0 && (missing0 = "username") || data.protocol === void 0 && (missing0 = "protocol") || data.serverId === void 0 && (missing0 = "serverId") || data.sourceIp === void 0 && (missing0 = "sourceIp")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.username !== void 0) {
          const _errs1 = errors;
          if (typeof data.username !== "string") {
            validate20.errors = [{ instancePath: instancePath + "/username", schemaPath: "#/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.password !== void 0) {
            const _errs3 = errors;
            if (typeof data.password !== "string") {
              validate20.errors = [{ instancePath: instancePath + "/password", schemaPath: "#/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.protocol !== void 0) {
              const _errs5 = errors;
              if (typeof data.protocol !== "string") {
                validate20.errors = [{ instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.serverId !== void 0) {
                const _errs7 = errors;
                if (typeof data.serverId !== "string") {
                  validate20.errors = [{ instancePath: instancePath + "/serverId", schemaPath: "#/properties/serverId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.sourceIp !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.sourceIp !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/sourceIp", schemaPath: "#/properties/sourceIp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
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
validate20.evaluated = { "props": { "username": true, "password": true, "protocol": true, "serverId": true, "sourceIp": true }, "dynamicProps": false, "dynamicItems": false };

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

// transfer.identity-provider.strict.entry.ts
withStandardSchema(transfer_identity_provider_strict_standalone_default, "transfer.identity-provider");
export {
  transfer_identity_provider_strict_standalone_default as default,
  transfer_identity_provider_strict_standalone_default as validate
};
