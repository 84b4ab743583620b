/**
 * `lambda-event-registry/envelopes`: your own payloads inside AWS envelopes. Each envelope finds
 * the payload every record carries (an SQS body, an SNS Message, Kinesis or Kafka base64 data,
 * DynamoDB stream images, an EventBridge detail, an HTTP body), decodes it and checks it with your
 * validator: a validator of this package or any Standard Schema v1 (a Zod schema works). Bad
 * payloads never throw: each record has an outcome, and poll-based batches get the
 * `batchItemFailures` of the records that failed, ready for a partial batch response.
 */
import { decodeValue, type DecodeStep } from './carried.ts';
import { escapeToken } from './pointer.ts';
import type { StandardSchemaV1, ValidationError } from './validator.ts';
import type { EventTypes } from './registry-types.ts';

/** A validator of what records carry: a type guard with ajv-shaped `errors` (this package's validators) or a Standard Schema v1. */
export type BodyValidator<T> = ((value: unknown) => value is T) | StandardSchemaV1<unknown, T>;

/** Why a record's payload was refused, with a JSON pointer into the outer event. */
export interface BodyError {
  /**
   * `E_DECODE`: the payload is not what the envelope carries (JSON, base64, an AttributeValue map);
   * `E_BODY`: the decoded payload fails your validator; `E_FIFO_AFTER_FAILURE`: a record of an SQS
   * FIFO queue after one that failed, not handed over so that the queue keeps its order.
   */
  code: 'E_DECODE' | 'E_BODY' | 'E_FIFO_AFTER_FAILURE';
  /** Pointer into the event: the payload's (`/Records/0/body`) followed by the problem's inside it. */
  instancePath: string;
  message: string;
  /** The validator's keyword (E_BODY with one of this package's validators). */
  keyword?: string;
  params?: Record<string, unknown>;
}

/** What happened to one record. `itemIdentifier` is what a partial batch response names it by (null where the invoker takes none). */
export type RecordOutcome<R, T> =
  | { index: number; record: R; pointer: string; itemIdentifier: string | null; ok: true; value: T; errors?: undefined }
  | { index: number; record: R; pointer: string; itemIdentifier: string | null; ok: false; value?: undefined; errors: BodyError[] };

export interface Decoded<R, T> {
  /** One outcome per record, in the event's order. */
  records: RecordOutcome<R, T>[];
  /** For poll-based batches (SQS, Kinesis, DynamoDB streams): the records that failed, as a partial batch response lists them; [] otherwise. */
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * One AWS envelope: which registry id it reads (`id`), how to decode its records, and, for
 * defineHandler's `envelope` option, how to hand a handler the decoded event.
 */
export interface Envelope<I extends string, E = I extends keyof EventTypes ? EventTypes[I] : unknown, R = unknown> {
  /** The registry ids of the events this envelope reads. */
  readonly ids: readonly string[];
  /**
   * Types only (never set): an envelope that reads several ids (`httpBody`) serves a handler of any
   * of them, and one that reads another id does not compile (`I` is contravariant here).
   */
  readonly reads?: (id: I) => void;
  /** Whether the invoker takes a partial batch response (`batchItemFailures`). */
  readonly batch: boolean;
  /** Decode and check every record's payload; never throws on bad payloads (only on an asynchronous Standard Schema). */
  decode<T>(event: E, validator: BodyValidator<T>): Decoded<R, T>;
  /**
   * The event a handler sees: only the records whose payload is valid, each payload replaced by its
   * decoded value, in place (the records are the event's own; the outer object is new).
   */
  decodedEvent(event: E, valid: readonly RecordOutcome<R, unknown>[]): unknown;
  /**
   * defineHandler's `envelope` option: decode, call `next` with the decoded event of the valid
   * records, and add the failed ones to its partial batch response (batches: a handler returning
   * nothing returns them alone, and one with nothing valid is not called); without a partial batch
   * response, any invalid payload goes to `invalid` (which throws) and `next` is not called.
   */
  handle(event: E, validator: BodyValidator<unknown>, next: (event: unknown) => Promise<unknown>, invalid: (errors: ValidationError[]) => never): Promise<unknown>;
}

/** A payload problem in the shape of a validation error (EventValidationError.errors). */
function asValidationError(e: BodyError): ValidationError {
  return { instancePath: e.instancePath, schemaPath: '', keyword: e.keyword ?? e.code, params: { code: e.code, ...e.params }, message: e.message };
}

type Check<T> = (value: unknown, pointer: string) => { ok: true; value: T } | { ok: false; errors: BodyError[] };

const pathPointer = (path: StandardSchemaV1.Issue['path']): string =>
  (path ?? []).map((p) => '/' + escapeToken(String(typeof p === 'object' && p !== null ? p.key : p))).join('');

/** One checker for both kinds of validator. A function is called as a type guard (its `errors` read as ajv's); otherwise `~standard.validate`. */
function bodyCheck<T>(validator: BodyValidator<T>): Check<T> {
  if (typeof validator === 'function') {
    const guard = validator as ((value: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; message?: string; params?: Record<string, unknown> }[] | null };
    return (value, pointer) =>
      guard(value)
        ? { ok: true, value: value as T }
        : {
            ok: false,
            errors: (guard.errors ?? [{ instancePath: '', keyword: 'validator', message: 'is invalid' }]).map((e) => ({
              code: 'E_BODY' as const,
              instancePath: pointer + e.instancePath,
              message: e.message ?? e.keyword,
              keyword: e.keyword,
              ...(e.params ? { params: e.params } : {}),
            })),
          };
  }
  const standard = validator?.['~standard'];
  if (!standard || typeof standard.validate !== 'function')
    throw new TypeError('expected a validator: a function from lambda-event-registry/<id> (or your generated module), or a Standard Schema v1 object with ~standard.validate');
  return (value, pointer) => {
    const result = standard.validate(value);
    if (typeof (result as { then?: unknown }).then === 'function')
      throw new TypeError(
        `the Standard Schema from ${standard.vendor} validated asynchronously; envelopes check records synchronously: use a schema without async refinements (for Zod, no async refine/transform)`,
      );
    const r = result as StandardSchemaV1.Result<T>;
    if (!r.issues) return { ok: true, value: r.value };
    return { ok: false, errors: r.issues.map((i) => ({ code: 'E_BODY' as const, instancePath: pointer + pathPointer(i.path), message: i.message })) };
  };
}

/** Decode a string payload (`json`, or `base64` then `json`); a failure is an E_DECODE error at the payload's pointer. */
function decodeAt(input: unknown, steps: readonly DecodeStep[], pointer: string): { ok: true; value: unknown } | { ok: false; errors: BodyError[] } {
  const d = decodeValue(input, steps);
  return d.error === undefined ? { ok: true, value: d.value } : { ok: false, errors: [{ code: 'E_DECODE', instancePath: pointer, message: `payload ${d.error}`, params: { steps: [...steps] } }] };
}

interface Slot<R> {
  /** The records and their pointers. */
  list(event: unknown): { record: R; pointer: string }[];
  /** The payload of a record, decoded (or why not) and checked. */
  read<T>(record: R, pointer: string, check: Check<T>): { ok: true; value: T } | { ok: false; errors: BodyError[] };
  itemIdentifier(record: R): string | null;
  /** Put the decoded value where the payload was (the handler's view). */
  put(record: R, value: unknown): void;
  /** The event with these records. */
  rebuild(event: unknown, records: R[]): unknown;
  /** How the records that failed join the handler's result, where the invoker's response names records (Firehose). */
  merge?(result: unknown, failed: RecordOutcome<R, unknown>[]): unknown;
  /** Whether the records after a failed one must fail too, to keep their order (an SQS FIFO queue). */
  ordered?(records: readonly { record: R }[]): boolean;
}

/** The handler's partial batch response with the failed records added, before its own, each named once. */
function withBatchItemFailures(result: unknown, failed: RecordOutcome<unknown, unknown>[]): unknown {
  const failures = failed.flatMap((o) => (o.itemIdentifier === null ? [] : [{ itemIdentifier: o.itemIdentifier }]));
  const seen = new Set(failures.map((f) => f.itemIdentifier));
  const own = (result as { batchItemFailures?: { itemIdentifier: string }[] | null } | null | undefined)?.batchItemFailures ?? [];
  return { ...(result as object | undefined), batchItemFailures: [...failures, ...own.filter((f) => !seen.has(f.itemIdentifier))] };
}

function envelope<I extends string, E, R>(ids: readonly I[], batch: boolean, slot: Slot<R>): Envelope<I, E, R> {
  return {
    ids,
    batch,
    decode<T>(event: E, validator: BodyValidator<T>): Decoded<R, T> {
      const check = bodyCheck(validator);
      const records: RecordOutcome<R, T>[] = [];
      const batchItemFailures: { itemIdentifier: string }[] = [];
      const list = slot.list(event);
      const ordered = slot.ordered?.(list) ?? false;
      let failedAt = -1;
      for (let index = 0; index < list.length; index++) {
        const { record, pointer } = list[index]!;
        const itemIdentifier = slot.itemIdentifier(record);
        const r: ReturnType<Slot<R>['read']> =
          ordered && failedAt !== -1
            ? {
                ok: false,
                errors: [{ code: 'E_FIFO_AFTER_FAILURE', instancePath: pointer, message: `not processed: record ${failedAt} of this FIFO batch failed, and the records after it are returned unprocessed to keep the queue's order`, params: { failed: failedAt } }],
              }
            : slot.read(record, pointer, check);
        if (r.ok) records.push({ index, record, pointer, itemIdentifier, ok: true, value: r.value as T });
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
      const merge = slot.merge ?? (batch ? withBatchItemFailures : undefined);
      if (failed.length > 0 && !merge) invalid(failed.flatMap((r) => r.errors ?? []).map(asValidationError));
      // A batch with nothing valid is not handed over: the failed records are the whole answer.
      const result = valid.length > 0 || failed.length === 0 ? await next(this.decodedEvent(event, valid)) : undefined;
      return failed.length === 0 ? result : merge!(result, failed as RecordOutcome<R, unknown>[]);
    },
    decodedEvent(event, valid) {
      const records: R[] = [];
      for (const o of valid) {
        slot.put(o.record, o.value);
        records.push(o.record);
      }
      return slot.rebuild(event, records);
    },
  };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const arrayAt = (event: unknown, key: string): unknown[] => (isObject(event) && Array.isArray(event[key]) ? (event[key] as unknown[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Records under `Records` (or `records`), payload at a path inside each record, decoded by `steps`. */
function recordsSlot(key: string, path: readonly string[], steps: readonly DecodeStep[], id: (r: Obj) => unknown): Slot<Obj> {
  const suffix = path.map((p) => '/' + escapeToken(p)).join('');
  const parent = (r: Obj): Obj | undefined => {
    let at: unknown = r;
    for (const p of path.slice(0, -1)) at = isObject(at) ? at[p] : undefined;
    return isObject(at) ? at : undefined;
  };
  const last = path[path.length - 1]!;
  return {
    list: (event) => arrayAt(event, key).map((record, i) => ({ record: record as Obj, pointer: `/${key}/${i}${suffix}` })),
    read(record, pointer, check) {
      const d = decodeAt(parent(record)?.[last], steps, pointer);
      return d.ok ? check(d.value, pointer) : d;
    },
    itemIdentifier: (r) => str(id(r)),
    put(record, value) {
      const p = parent(record);
      if (p) p[last] = value;
    },
    rebuild: (event, records) => ({ ...(event as Obj), [key]: records }),
  };
}

/**
 * Records of an SQS FIFO queue (its ARN ends in `.fifo`). With a partial batch response, "your
 * function should stop processing messages after the first failure and return all failed and
 * unprocessed messages in batchItemFailures", so the queue keeps its order
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html).
 */
const isFifo = (records: readonly { record: Obj }[]): boolean => records.some(({ record }) => typeof record.eventSourceARN === 'string' && record.eventSourceARN.endsWith('.fifo'));

/**
 * SQS (`sqs.batch`): each `body`, as JSON. Failures are named by `messageId`
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html#services-sqs-batchfailurereporting).
 */
export const sqs: Envelope<'sqs.batch'> = envelope(['sqs.batch'], true, { ...recordsSlot('Records', ['body'], ['json'], (r) => r.messageId), ordered: isFifo });

/** SNS (`sns.notification`): each `Sns.Message`, as JSON. SNS invokes asynchronously: no partial batch response. */
export const sns: Envelope<'sns.notification'> = envelope(['sns.notification'], false, recordsSlot('Records', ['Sns', 'Message'], ['json'], () => null));

/**
 * SNS notifications in SQS bodies (`sns.notification-in-sqs`, a queue subscribed to a topic without
 * raw message delivery): each body is the SNS notification JSON, and the value is its `Message`, as
 * JSON. Failures are named by the SQS `messageId`. (With raw message delivery, use `sqs`.)
 */
export const snsInSqs: Envelope<'sns.notification-in-sqs'> = envelope(['sns.notification-in-sqs'], true, {
  ...recordsSlot('Records', ['body'], ['json'], (r) => r.messageId),
  ordered: isFifo,
  read(record, pointer, check) {
    const outer = decodeAt(record.body, ['json'], pointer);
    if (!outer.ok) return outer;
    const message = isObject(outer.value) ? outer.value.Message : undefined;
    if (typeof message !== 'string')
      return { ok: false, errors: [{ code: 'E_DECODE', instancePath: pointer, message: 'payload is not an SNS notification (no Message string)', params: { steps: ['json'] } }] };
    const inner = decodeAt(message, ['json'], `${pointer}/Message`);
    return inner.ok ? check(inner.value, `${pointer}/Message`) : inner;
  },
  put(record, value) {
    // The handler sees the notification with its Message decoded.
    const notification = JSON.parse(record.body as string) as Obj;
    notification.Message = value;
    record.body = notification;
  },
});

/**
 * Kinesis (`kinesis.stream-batch`): each `kinesis.data`, base64 then JSON. Failures are named by
 * `kinesis.sequenceNumber` (https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html).
 */
export const kinesis: Envelope<'kinesis.stream-batch'> = envelope(
  ['kinesis.stream-batch'],
  true,
  recordsSlot('Records', ['kinesis', 'data'], ['base64', 'json'], (r) => (isObject(r.kinesis) ? r.kinesis.sequenceNumber : null)),
);

/**
 * Firehose transformation (`firehose.transformation`): each record's `data`, base64 then JSON;
 * `itemIdentifier` is its `recordId`. With defineHandler, each record that failed is added to the
 * handler's `records` as `ProcessingFailed` with its data unchanged (Firehose then sends it to the
 * error output: https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html).
 */
export const firehose: Envelope<'firehose.transformation'> = envelope(['firehose.transformation'], false, {
  ...recordsSlot('records', ['data'], ['base64', 'json'], (r) => r.recordId),
  merge(result, failed) {
    const own = (result as { records?: unknown[] } | null | undefined)?.records ?? [];
    return { ...(result as object | undefined), records: [...own, ...failed.map((o) => ({ recordId: o.itemIdentifier, result: 'ProcessingFailed', data: o.record.data }))] };
  },
});

/** EventBridge (`eventbridge.event`): the `detail` object, checked as it is (no decoding). */
export const eventBridge: Envelope<'eventbridge.event'> = envelope(['eventbridge.event'], false, {
  list: (event) => [{ record: event as Obj, pointer: '/detail' }],
  read: (record, pointer, check) => check(record.detail, pointer),
  itemIdentifier: () => null,
  put(record, value) {
    record.detail = value;
  },
  rebuild: (_event, records) => records[0],
});

/**
 * HTTP bodies: API Gateway REST and HTTP APIs, ALB and function URLs: `body`, base64-decoded when
 * `isBase64Encoded`, then JSON. A missing or null body is an E_DECODE error.
 */
export const httpBody: Envelope<'apigateway.rest-proxy' | 'apigateway.http-proxy-v1' | 'apigateway.http-proxy-v2' | 'alb.request' | 'lambda.function-url'> = envelope(
  ['apigateway.rest-proxy', 'apigateway.http-proxy-v1', 'apigateway.http-proxy-v2', 'alb.request', 'lambda.function-url'],
  false,
  {
    list: (event) => [{ record: event as Obj, pointer: '/body' }],
    read(record, pointer, check) {
      if (typeof record.body !== 'string') return { ok: false, errors: [{ code: 'E_DECODE', instancePath: pointer, message: 'the request has no body', params: { steps: ['json'] } }] };
      const d = decodeAt(record.body, record.isBase64Encoded === true ? ['base64', 'json'] : ['json'], pointer);
      return d.ok ? check(d.value, pointer) : d;
    },
    itemIdentifier: () => null,
    put(record, value) {
      record.body = value;
    },
    rebuild: (_event, records) => records[0],
  },
);

/**
 * Kafka (`kafka.msk`, `kafka.self-managed`): each record's `value`, base64 then JSON, across every
 * topic-partition (pointer `/records/<topic-partition>/<i>/value`). The registry has no Kafka
 * result schema yet, so outcomes carry no `itemIdentifier` and no `batchItemFailures` are made.
 */
export const kafka: Envelope<'kafka.msk' | 'kafka.self-managed'> = envelope(['kafka.msk', 'kafka.self-managed'], false, {
  list(event) {
    const out: { record: Obj; pointer: string }[] = [];
    const groups = isObject(event) && isObject(event.records) ? event.records : {};
    for (const key of Object.keys(groups)) {
      const list = groups[key];
      if (Array.isArray(list)) list.forEach((record, i) => out.push({ record: record as Obj, pointer: `/records/${escapeToken(key)}/${i}/value` }));
    }
    return out;
  },
  read(record, pointer, check) {
    const d = decodeAt(record.value, ['base64', 'json'], pointer);
    return d.ok ? check(d.value, pointer) : d;
  },
  itemIdentifier: () => null,
  put(record, value) {
    record.value = value;
  },
  rebuild(event, records) {
    const kept = new Set(records);
    const groups: Record<string, Obj[]> = {};
    const all = (event as Obj).records as Record<string, Obj[]>;
    for (const key of Object.keys(all)) {
      const list = all[key]!.filter((r) => kept.has(r));
      if (list.length > 0) groups[key] = list;
    }
    return { ...(event as Obj), records: groups };
  },
});

/** The images of a DynamoDB stream record, unmarshalled and checked: what `dynamodbStream` gives per record. */
export interface StreamImages<T> {
  /** The item after the change (INSERT, MODIFY), when the stream view type includes it. */
  NewImage?: T;
  /** The item before the change (MODIFY, REMOVE), when the stream view type includes it. */
  OldImage?: T;
}

/**
 * DynamoDB streams (`dynamodb.stream-batch`): `dynamodb.NewImage` and `dynamodb.OldImage`, each
 * unmarshalled from AttributeValue to plain JS (see `unmarshall`) and checked when present.
 * Failures are named by `dynamodb.SequenceNumber`
 * (https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html).
 */
export const dynamodbStream: Envelope<'dynamodb.stream-batch'> = envelope(['dynamodb.stream-batch'], true, {
  ...recordsSlot('Records', ['dynamodb'], [], (r) => (isObject(r.dynamodb) ? r.dynamodb.SequenceNumber : null)),
  read<T>(record: Obj, pointer: string, check: Check<T>) {
    const stream = isObject(record.dynamodb) ? record.dynamodb : {};
    const value: StreamImages<T> = {};
    for (const image of ['NewImage', 'OldImage'] as const) {
      if (stream[image] === undefined) continue;
      const at = `${pointer}/${image}`;
      let item: unknown;
      try {
        item = unmarshallItem(stream[image], at);
      } catch (error) {
        if (!(error instanceof AttributeValueError)) throw error;
        return { ok: false as const, errors: [{ code: 'E_DECODE' as const, instancePath: error.pointer, message: error.message }] };
      }
      const r = check(item, at);
      if (!r.ok) return r;
      value[image] = r.value;
    }
    return { ok: true as const, value: value as unknown as T };
  },
  put(record, value) {
    const stream = record.dynamodb as Obj;
    const images = value as StreamImages<unknown>;
    if (images.NewImage !== undefined) stream.NewImage = images.NewImage;
    if (images.OldImage !== undefined) stream.OldImage = images.OldImage;
  },
});

class AttributeValueError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function bytes(s: unknown, pointer: string): Uint8Array {
  if (typeof s !== 'string' || s.length % 4 !== 0 || !BASE64.test(s)) throw new AttributeValueError('binary value is not valid base64', pointer);
  return new Uint8Array(Buffer.from(s, 'base64'));
}
function number(s: unknown, pointer: string): number | string {
  const n = typeof s === 'string' ? Number(s) : NaN;
  if (typeof s !== 'string' || s.trim() === '' || !Number.isFinite(n)) throw new AttributeValueError('number value is not a decimal number', pointer);
  // An integer a JS number cannot hold exactly (beyond 2^53) stays the string DynamoDB sent.
  return /^-?\d+$/.test(s) && !Number.isSafeInteger(n) ? s : n;
}
function set<T>(list: unknown, pointer: string, item: (v: unknown, p: string) => T): T[] {
  if (!Array.isArray(list)) throw new AttributeValueError('set value is not an array', pointer);
  return list.map((v, i) => item(v, `${pointer}/${i}`));
}
function put(target: Obj, key: string, value: unknown): void {
  // A map key named __proto__ is data, not the prototype.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * One DynamoDB AttributeValue as plain JS
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_AttributeValue.html):
 * `S` string; `N` number (an integer beyond 2^53 stays a string, so no precision is lost silently);
 * `B` Uint8Array; `BOOL` boolean; `NULL` null; `L` array; `M` object; the sets `SS`, `NS`, `BS` as
 * arrays in the order sent (JSON Schema validators check arrays; a `Set` fails `type: array`).
 * Throws on a value that is not an AttributeValue (envelopes report it as E_DECODE).
 */
export function unmarshall(value: unknown, pointer = ''): unknown {
  if (!isObject(value)) throw new AttributeValueError('is not a DynamoDB AttributeValue', pointer);
  const keys = Object.keys(value);
  if (keys.length !== 1) throw new AttributeValueError(`is not a DynamoDB AttributeValue (expected one type key, found ${keys.length})`, pointer);
  const type = keys[0]!;
  const v = value[type];
  const at = `${pointer}/${escapeToken(type)}`;
  switch (type) {
    case 'S':
      if (typeof v !== 'string') break;
      return v;
    case 'N':
      return number(v, at);
    case 'B':
      return bytes(v, at);
    case 'BOOL':
      if (typeof v !== 'boolean') break;
      return v;
    case 'NULL':
      return null;
    case 'SS':
      return set(v, at, (s, p) => {
        if (typeof s !== 'string') throw new AttributeValueError('string set item is not a string', p);
        return s;
      });
    case 'NS':
      return set(v, at, number);
    case 'BS':
      return set(v, at, bytes);
    case 'L':
      return set(v, at, unmarshall);
    case 'M':
      return unmarshallItem(v, at);
    default:
      throw new AttributeValueError(`unknown AttributeValue type "${type}"`, pointer);
  }
  throw new AttributeValueError(`${type} value has the wrong type`, at);
}

/** A DynamoDB item (a map of attribute names to AttributeValues) as a plain object; see `unmarshall`. */
export function unmarshallItem(item: unknown, pointer = ''): Record<string, unknown> {
  if (!isObject(item)) throw new AttributeValueError('is not a map of AttributeValues', pointer);
  const out: Obj = {};
  for (const key of Object.keys(item)) put(out, key, unmarshall(item[key], `${pointer}/${escapeToken(key)}`));
  return out;
}
