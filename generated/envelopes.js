// Generated from generator/runtime/envelopes.ts and schemas/ by `npm run generate`. Do not edit: change the schema and regenerate.
// generator/runtime/carried.ts
import { gunzipSync } from "node:zlib";

// generator/runtime/pointer.ts
var escapeToken = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");

// generator/runtime/carried.ts
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

// generator/runtime/envelopes.ts
function asValidationError(e) {
  return { instancePath: e.instancePath, schemaPath: "", keyword: e.keyword ?? e.code, params: { code: e.code, ...e.params }, message: e.message };
}
var pathPointer = (path) => (path ?? []).map((p) => "/" + escapeToken(String(typeof p === "object" && p !== null ? p.key : p))).join("");
function bodyCheck(validator) {
  if (typeof validator === "function") {
    const guard = validator;
    return (value, pointer) => guard(value) ? { ok: true, value } : {
      ok: false,
      errors: (guard.errors ?? [{ instancePath: "", keyword: "validator", message: "is invalid" }]).map((e) => ({
        code: "E_BODY",
        instancePath: pointer + e.instancePath,
        message: e.message ?? e.keyword,
        keyword: e.keyword,
        ...e.params ? { params: e.params } : {}
      }))
    };
  }
  const standard = validator?.["~standard"];
  if (!standard || typeof standard.validate !== "function")
    throw new TypeError("expected a validator: a function from lambda-event-registry/<id> (or your generated module), or a Standard Schema v1 object with ~standard.validate");
  return (value, pointer) => {
    const result = standard.validate(value);
    if (typeof result.then === "function")
      throw new TypeError(
        `the Standard Schema from ${standard.vendor} validated asynchronously; envelopes check records synchronously: use a schema without async refinements (for Zod, no async refine/transform)`
      );
    const r = result;
    if (!r.issues) return { ok: true, value: r.value };
    return { ok: false, errors: r.issues.map((i) => ({ code: "E_BODY", instancePath: pointer + pathPointer(i.path), message: i.message })) };
  };
}
function decodeAt(input, steps, pointer) {
  const d = decodeValue(input, steps);
  return d.error === void 0 ? { ok: true, value: d.value } : { ok: false, errors: [{ code: "E_DECODE", instancePath: pointer, message: `payload ${d.error}`, params: { steps: [...steps] } }] };
}
function withBatchItemFailures(result, failed) {
  const failures = failed.flatMap((o) => o.itemIdentifier === null ? [] : [{ itemIdentifier: o.itemIdentifier }]);
  const seen = new Set(failures.map((f) => f.itemIdentifier));
  const own = result?.batchItemFailures ?? [];
  return { ...result, batchItemFailures: [...failures, ...own.filter((f) => !seen.has(f.itemIdentifier))] };
}
function envelope(ids, batch, slot) {
  return {
    ids,
    batch,
    decode(event, validator) {
      const check = bodyCheck(validator);
      const records = [];
      const batchItemFailures = [];
      const list = slot.list(event);
      const ordered = slot.ordered?.(list) ?? false;
      let failedAt = -1;
      for (let index = 0; index < list.length; index++) {
        const { record, pointer } = list[index];
        const itemIdentifier = slot.itemIdentifier(record);
        const r = ordered && failedAt !== -1 ? {
          ok: false,
          errors: [{ code: "E_FIFO_AFTER_FAILURE", instancePath: pointer, message: `not processed: record ${failedAt} of this FIFO batch failed, and the records after it are returned unprocessed to keep the queue's order`, params: { failed: failedAt } }]
        } : slot.read(record, pointer, check);
        if (r.ok) records.push({ index, record, pointer, itemIdentifier, ok: true, value: r.value });
        else {
          if (failedAt === -1) failedAt = index;
          records.push({ index, record, pointer, itemIdentifier, ok: false, errors: r.errors });
          if (batch && itemIdentifier !== null) batchItemFailures.push({ itemIdentifier });
        }
      }
      return { records, batchItemFailures };
    },
    async handle(event, validator, next, invalid) {
      const decoded = this.decode(event, validator);
      const valid = decoded.records.filter((r) => r.ok);
      const failed = decoded.records.filter((r) => !r.ok);
      const merge = slot.merge ?? (batch ? withBatchItemFailures : void 0);
      if (failed.length > 0 && !merge) invalid(failed.flatMap((r) => r.errors ?? []).map(asValidationError));
      const result = valid.length > 0 || failed.length === 0 ? await next(this.decodedEvent(event, valid)) : void 0;
      return failed.length === 0 ? result : merge(result, failed);
    },
    decodedEvent(event, valid) {
      const records = [];
      for (const o of valid) {
        slot.put(o.record, o.value);
        records.push(o.record);
      }
      return slot.rebuild(event, records);
    }
  };
}
var isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var arrayAt = (event, key) => isObject(event) && Array.isArray(event[key]) ? event[key] : [];
var str = (v) => typeof v === "string" ? v : null;
function recordsSlot(key, path, steps, id) {
  const suffix = path.map((p) => "/" + escapeToken(p)).join("");
  const parent = (r) => {
    let at = r;
    for (const p of path.slice(0, -1)) at = isObject(at) ? at[p] : void 0;
    return isObject(at) ? at : void 0;
  };
  const last = path[path.length - 1];
  return {
    list: (event) => arrayAt(event, key).map((record, i) => ({ record, pointer: `/${key}/${i}${suffix}` })),
    read(record, pointer, check) {
      const d = decodeAt(parent(record)?.[last], steps, pointer);
      return d.ok ? check(d.value, pointer) : d;
    },
    itemIdentifier: (r) => str(id(r)),
    put(record, value) {
      const p = parent(record);
      if (p) p[last] = value;
    },
    rebuild: (event, records) => ({ ...event, [key]: records })
  };
}
var isFifo = (records) => records.some(({ record }) => typeof record.eventSourceARN === "string" && record.eventSourceARN.endsWith(".fifo"));
var sqs = envelope(["sqs.batch"], true, { ...recordsSlot("Records", ["body"], ["json"], (r) => r.messageId), ordered: isFifo });
var sns = envelope(["sns.notification"], false, recordsSlot("Records", ["Sns", "Message"], ["json"], () => null));
var snsInSqs = envelope(["sns.notification-in-sqs"], true, {
  ...recordsSlot("Records", ["body"], ["json"], (r) => r.messageId),
  ordered: isFifo,
  read(record, pointer, check) {
    const outer = decodeAt(record.body, ["json"], pointer);
    if (!outer.ok) return outer;
    const message = isObject(outer.value) ? outer.value.Message : void 0;
    if (typeof message !== "string")
      return { ok: false, errors: [{ code: "E_DECODE", instancePath: pointer, message: "payload is not an SNS notification (no Message string)", params: { steps: ["json"] } }] };
    const inner = decodeAt(message, ["json"], `${pointer}/Message`);
    return inner.ok ? check(inner.value, `${pointer}/Message`) : inner;
  },
  put(record, value) {
    const notification = JSON.parse(record.body);
    notification.Message = value;
    record.body = notification;
  }
});
var kinesis = envelope(
  ["kinesis.stream-batch"],
  true,
  recordsSlot("Records", ["kinesis", "data"], ["base64", "json"], (r) => isObject(r.kinesis) ? r.kinesis.sequenceNumber : null)
);
var firehose = envelope(["firehose.transformation"], false, {
  ...recordsSlot("records", ["data"], ["base64", "json"], (r) => r.recordId),
  merge(result, failed) {
    const own = result?.records ?? [];
    return { ...result, records: [...own, ...failed.map((o) => ({ recordId: o.itemIdentifier, result: "ProcessingFailed", data: o.record.data }))] };
  }
});
var eventBridge = envelope(["eventbridge.event"], false, {
  list: (event) => [{ record: event, pointer: "/detail" }],
  read: (record, pointer, check) => check(record.detail, pointer),
  itemIdentifier: () => null,
  put(record, value) {
    record.detail = value;
  },
  rebuild: (_event, records) => records[0]
});
var httpBody = envelope(
  ["apigateway.rest-proxy", "apigateway.http-proxy-v1", "apigateway.http-proxy-v2", "alb.request", "lambda.function-url"],
  false,
  {
    list: (event) => [{ record: event, pointer: "/body" }],
    read(record, pointer, check) {
      if (typeof record.body !== "string") return { ok: false, errors: [{ code: "E_DECODE", instancePath: pointer, message: "the request has no body", params: { steps: ["json"] } }] };
      const d = decodeAt(record.body, record.isBase64Encoded === true ? ["base64", "json"] : ["json"], pointer);
      return d.ok ? check(d.value, pointer) : d;
    },
    itemIdentifier: () => null,
    put(record, value) {
      record.body = value;
    },
    rebuild: (_event, records) => records[0]
  }
);
var kafka = envelope(["kafka.msk", "kafka.self-managed"], false, {
  list(event) {
    const out = [];
    const groups = isObject(event) && isObject(event.records) ? event.records : {};
    for (const key of Object.keys(groups)) {
      const list = groups[key];
      if (Array.isArray(list)) list.forEach((record, i) => out.push({ record, pointer: `/records/${escapeToken(key)}/${i}/value` }));
    }
    return out;
  },
  read(record, pointer, check) {
    const d = decodeAt(record.value, ["base64", "json"], pointer);
    return d.ok ? check(d.value, pointer) : d;
  },
  itemIdentifier: () => null,
  put(record, value) {
    record.value = value;
  },
  rebuild(event, records) {
    const kept = new Set(records);
    const groups = {};
    const all = event.records;
    for (const key of Object.keys(all)) {
      const list = all[key].filter((r) => kept.has(r));
      if (list.length > 0) groups[key] = list;
    }
    return { ...event, records: groups };
  }
});
var dynamodbStream = envelope(["dynamodb.stream-batch"], true, {
  ...recordsSlot("Records", ["dynamodb"], [], (r) => isObject(r.dynamodb) ? r.dynamodb.SequenceNumber : null),
  read(record, pointer, check) {
    const stream = isObject(record.dynamodb) ? record.dynamodb : {};
    const value = {};
    for (const image of ["NewImage", "OldImage"]) {
      if (stream[image] === void 0) continue;
      const at = `${pointer}/${image}`;
      let item;
      try {
        item = unmarshallItem(stream[image], at);
      } catch (error) {
        if (!(error instanceof AttributeValueError)) throw error;
        return { ok: false, errors: [{ code: "E_DECODE", instancePath: error.pointer, message: error.message }] };
      }
      const r = check(item, at);
      if (!r.ok) return r;
      value[image] = r.value;
    }
    return { ok: true, value };
  },
  put(record, value) {
    const stream = record.dynamodb;
    const images = value;
    if (images.NewImage !== void 0) stream.NewImage = images.NewImage;
    if (images.OldImage !== void 0) stream.OldImage = images.OldImage;
  }
});
var AttributeValueError = class extends Error {
  constructor(message, pointer) {
    super(message);
    this.pointer = pointer;
  }
  pointer;
};
var BASE642 = /^[A-Za-z0-9+/]*={0,2}$/;
function bytes(s, pointer) {
  if (typeof s !== "string" || s.length % 4 !== 0 || !BASE642.test(s)) throw new AttributeValueError("binary value is not valid base64", pointer);
  return new Uint8Array(Buffer.from(s, "base64"));
}
function number(s, pointer) {
  const n = typeof s === "string" ? Number(s) : NaN;
  if (typeof s !== "string" || s.trim() === "" || !Number.isFinite(n)) throw new AttributeValueError("number value is not a decimal number", pointer);
  return /^-?\d+$/.test(s) && !Number.isSafeInteger(n) ? s : n;
}
function set(list, pointer, item) {
  if (!Array.isArray(list)) throw new AttributeValueError("set value is not an array", pointer);
  return list.map((v, i) => item(v, `${pointer}/${i}`));
}
function put(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
function unmarshall(value, pointer = "") {
  if (!isObject(value)) throw new AttributeValueError("is not a DynamoDB AttributeValue", pointer);
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new AttributeValueError(`is not a DynamoDB AttributeValue (expected one type key, found ${keys.length})`, pointer);
  const type = keys[0];
  const v = value[type];
  const at = `${pointer}/${escapeToken(type)}`;
  switch (type) {
    case "S":
      if (typeof v !== "string") break;
      return v;
    case "N":
      return number(v, at);
    case "B":
      return bytes(v, at);
    case "BOOL":
      if (typeof v !== "boolean") break;
      return v;
    case "NULL":
      return null;
    case "SS":
      return set(v, at, (s, p) => {
        if (typeof s !== "string") throw new AttributeValueError("string set item is not a string", p);
        return s;
      });
    case "NS":
      return set(v, at, number);
    case "BS":
      return set(v, at, bytes);
    case "L":
      return set(v, at, unmarshall);
    case "M":
      return unmarshallItem(v, at);
    default:
      throw new AttributeValueError(`unknown AttributeValue type "${type}"`, pointer);
  }
  throw new AttributeValueError(`${type} value has the wrong type`, at);
}
function unmarshallItem(item, pointer = "") {
  if (!isObject(item)) throw new AttributeValueError("is not a map of AttributeValues", pointer);
  const out = {};
  for (const key of Object.keys(item)) put(out, key, unmarshall(item[key], `${pointer}/${escapeToken(key)}`));
  return out;
}
export {
  dynamodbStream,
  eventBridge,
  firehose,
  httpBody,
  kafka,
  kinesis,
  sns,
  snsInSqs,
  sqs,
  unmarshall,
  unmarshallItem
};
