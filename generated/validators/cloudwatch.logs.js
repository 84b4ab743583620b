// Generated from schemas/cloudwatch/logs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
// standalone:cloudwatch.logs.standalone.js
var outer = validate20;
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
      if (data.data === void 0 && (missing0 = "data")) {
        validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.data !== void 0) {
          if (typeof data.data !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/data", schemaPath: "#/$defs/Base64String/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
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
validate21.evaluated = { "props": { "data": true }, "dynamicProps": false, "dynamicItems": false };
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
      if (data.awslogs === void 0 && (missing0 = "awslogs")) {
        validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.awslogs !== void 0) {
          if (!validate21(data.awslogs, { instancePath: instancePath + "/awslogs", parentData: data, parentDataProperty: "awslogs", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
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
validate20.evaluated = { "props": { "awslogs": true }, "dynamicProps": false, "dynamicItems": false };
var carried0_0 = validate23;
var schema35 = { "type": "object", "required": ["messageType", "owner", "logGroup", "logStream", "subscriptionFilters", "logEvents"], "properties": { "messageType": { "enum": ["DATA_MESSAGE", "CONTROL_MESSAGE"] }, "owner": { "type": "string" }, "logGroup": { "type": "string" }, "logStream": { "type": "string" }, "subscriptionFilters": { "type": "array", "items": { "type": "string" } }, "logEvents": { "type": "array", "items": { "$ref": "#/$defs/CloudWatchLogsLogEvent" } }, "policyLevel": { "type": "string" } } };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.timestamp === void 0 && (missing0 = "timestamp") || data.message === void 0 && (missing0 = "message")) {
        validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.id !== void 0) {
          const _errs1 = errors;
          if (typeof data.id !== "string") {
            validate25.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.timestamp !== void 0) {
            let data1 = data.timestamp;
            const _errs3 = errors;
            if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
              validate25.errors = [{ instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/EpochMillis/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.message !== void 0) {
              const _errs6 = errors;
              if (typeof data.message !== "string") {
                validate25.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.extractedFields !== void 0) {
                let data3 = data.extractedFields;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs11 = errors;
                      if (typeof data3[key0] !== "string") {
                        validate25.errors = [{ instancePath: instancePath + "/extractedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/extractedFields/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid2 = _errs11 === errors;
                      if (!valid2) {
                        break;
                      }
                    }
                  } else {
                    validate25.errors = [{ instancePath: instancePath + "/extractedFields", schemaPath: "#/properties/extractedFields/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
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
      validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": { "id": true, "timestamp": true, "message": true, "extractedFields": true }, "dynamicProps": false, "dynamicItems": false };
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
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.messageType === void 0 && (missing0 = "messageType") || data.owner === void 0 && (missing0 = "owner") || data.logGroup === void 0 && (missing0 = "logGroup") || data.logStream === void 0 && (missing0 = "logStream") || data.subscriptionFilters === void 0 && (missing0 = "subscriptionFilters") || data.logEvents === void 0 && (missing0 = "logEvents")) {
        validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        if (data.messageType !== void 0) {
          let data0 = data.messageType;
          const _errs1 = errors;
          if (!(data0 === "DATA_MESSAGE" || data0 === "CONTROL_MESSAGE")) {
            validate24.errors = [{ instancePath: instancePath + "/messageType", schemaPath: "#/properties/messageType/enum", keyword: "enum", params: { allowedValues: schema35.properties.messageType.enum }, message: "must be equal to one of the allowed values" }];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.owner !== void 0) {
            const _errs2 = errors;
            if (typeof data.owner !== "string") {
              validate24.errors = [{ instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.logGroup !== void 0) {
              const _errs4 = errors;
              if (typeof data.logGroup !== "string") {
                validate24.errors = [{ instancePath: instancePath + "/logGroup", schemaPath: "#/properties/logGroup/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.logStream !== void 0) {
                const _errs6 = errors;
                if (typeof data.logStream !== "string") {
                  validate24.errors = [{ instancePath: instancePath + "/logStream", schemaPath: "#/properties/logStream/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.subscriptionFilters !== void 0) {
                  let data4 = data.subscriptionFilters;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data4)) {
                      var valid1 = true;
                      const len0 = data4.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs10 = errors;
                        if (typeof data4[i0] !== "string") {
                          validate24.errors = [{ instancePath: instancePath + "/subscriptionFilters/" + i0, schemaPath: "#/properties/subscriptionFilters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate24.errors = [{ instancePath: instancePath + "/subscriptionFilters", schemaPath: "#/properties/subscriptionFilters/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.logEvents !== void 0) {
                    let data6 = data.logEvents;
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data6)) {
                        var valid2 = true;
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs14 = errors;
                          if (!validate25(data6[i1], { instancePath: instancePath + "/logEvents/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
                            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs14 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      } else {
                        validate24.errors = [{ instancePath: instancePath + "/logEvents", schemaPath: "#/properties/logEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs12 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.policyLevel !== void 0) {
                      const _errs15 = errors;
                      if (typeof data.policyLevel !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/policyLevel", schemaPath: "#/properties/policyLevel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs15 === errors;
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
      validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": { "messageType": true, "owner": true, "logGroup": true, "logStream": true, "subscriptionFilters": true, "logEvents": true, "policyLevel": true }, "dynamicProps": false, "dynamicItems": false };

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
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

// generator/runtime/carried.ts
import { gunzipSync } from "node:zlib";
var own = Object.prototype.hasOwnProperty;
function valuesAt(root, at) {
  const segments = tokens(at);
  let frontier = [{ pointer: "", value: root }];
  for (const segment of segments) {
    const next = [];
    for (const { pointer, value } of frontier) {
      if (segment === "*" && Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      else if (value !== null && typeof value === "object" && own.call(value, segment))
        next.push({ pointer: `${pointer}/${escapeToken(segment)}`, value: value[segment] });
    }
    frontier = next;
  }
  return frontier;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeValue(input, steps, maxBytes = 256 * 1024 * 1024) {
  let current = input;
  for (const step of steps) {
    try {
      if (step === "base64") {
        if (typeof current !== "string") return { error: "expected a base64 string" };
        if (current.length % 4 !== 0 || !BASE64.test(current)) return { error: "is not valid base64" };
        current = Buffer.from(current, "base64");
      } else if (step === "gzip") {
        if (!(current instanceof Uint8Array)) return { error: "expected bytes to gunzip" };
        current = gunzipSync(current, { maxOutputLength: maxBytes });
      } else {
        const text = current instanceof Uint8Array ? new TextDecoder("utf-8", { fatal: true }).decode(current) : current;
        if (typeof text !== "string") return { error: "expected JSON text" };
        current = JSON.parse(text);
      }
    } catch (error) {
      return { error: `${step} decoding failed: ${error.message}` };
    }
  }
  return { value: current };
}
function checkCarried(root, carries, check, firstProblem = false) {
  const out = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n];
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem;
      if (decoded.error !== void 0) {
        problem = { code: "E_DECODE", pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(" \u2192 ")})`, params: { steps: c.decode } };
      } else {
        const inner = check(n, decoded.value);
        if (inner === null) {
          out.push({ pointer, carry: n, ok: true, value: decoded.value });
          continue;
        }
        const expected = c.def !== void 0 ? [c.def] : [...c.id ?? []];
        const where = `${inner?.instancePath || "/"} ${inner?.message ?? ""}`.trim();
        const message = c.def !== void 0 ? `carried ${c.def} is invalid: ${where}` : `carried payload is not a valid ${expected.join(" or ")}: ${where}`;
        problem = { code: "E_NESTED", pointer, carry: n, message, params: { expected, inner } };
      }
      out.push({ pointer, carry: n, ok: false, problem });
      if (firstProblem) return out;
    }
  }
  return out;
}
function carriedError(p) {
  return {
    instancePath: p.pointer + (p.params.inner?.instancePath ?? ""),
    schemaPath: `#/x-lambda/carries/${p.carry}`,
    // The registry keyword that failed; params.code says how (E_DECODE or E_NESTED), as the CLI does.
    keyword: "carries",
    params: { code: p.code, payload: p.pointer, ...p.params },
    message: p.message
  };
}
function withCarried(outer2, carries, checks) {
  const check = (n, value) => {
    const alternatives = checks[n];
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0].errors?.[0];
  };
  const validate2 = ((data) => {
    if (!outer2(data)) {
      validate2.errors = outer2.errors;
      return false;
    }
    const failed = checkCarried(data, carries, check, true).find((p) => !p.ok);
    validate2.errors = failed ? [carriedError(failed.problem)] : null;
    return !failed;
  });
  validate2.errors = null;
  validate2.carried = { carries, check };
  return validate2;
}

// cloudwatch.logs.entry.ts
var validate = withCarried(outer, [{ "at": "/awslogs/data", "decode": ["base64", "gzip", "json"], "id": ["cloudwatch.logs-data"] }], [[carried0_0]]);
withStandardSchema(validate, "cloudwatch.logs");
export {
  validate as default,
  validate
};
