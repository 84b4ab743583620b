// Generated from schemas/ (x-lambda.carries) and generator/runtime/nested.ts by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/nested.ts
import { gunzipSync } from "node:zlib";

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var unescapeToken = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
var tokens = (pointer) => pointer.split("/").slice(1).map(unescapeToken);

// generator/runtime/nested.ts
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
function carried(root, at, steps) {
  return valuesAt(root, at).map(({ pointer, value }) => ({ pointer, ...decodeValue(value, steps) }));
}

// nested.entry.ts
var CARRIES = { "cloudformation.custom-resource-in-sns": [{ "at": "/Records/*/Sns/Message", "decode": ["json"] }], "cloudwatch.logs": [{ "at": "/awslogs/data", "decode": ["base64", "gzip", "json"] }], "cloudwatch.logs-data-in-firehose": [{ "at": "/records/*/data", "decode": ["base64", "gzip", "json"] }], "cloudwatch.logs-data-in-kinesis": [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "gzip", "json"] }], "dynamodb.stream-record-in-kinesis": [{ "at": "/Records/*/kinesis/data", "decode": ["base64", "json"] }], "s3.notification-in-sqs": [{ "at": "/Records/*/body", "decode": ["json"] }], "sns.notification-in-sqs": [{ "at": "/Records/*/body", "decode": ["json"] }], "sqs.message-in-firehose": [{ "at": "/records/*/data", "decode": ["base64", "json"] }] };
function decodeNested(id, event) {
  const carries = CARRIES[id];
  if (!carries) throw new TypeError(`${id} carries no nested payload`);
  return carries.flatMap((c) => carried(event, c.at, c.decode));
}
export {
  carried,
  decodeNested
};
