/**
 * Helpers available in sample templates (schemas/**\/*.sample.hbs). Derived values are
 * computed here, never typed by hand: md5 of an SQS body, base64 of Kinesis data, gzip+base64 of
 * CloudWatch Logs data, form-style URL encoding of S3 keys, ARNs, deterministic ids and times.
 * Pure and deterministic: equal input, equal output. Shipped inside the generated sample module.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

type Hash = { hash?: Record<string, unknown> };
/** Handlebars passes an options object last; drop it. */
const args = (list: unknown[]): unknown[] => list.slice(0, -1);
/** Milliseconds of an ISO time; an invalid time is an error, never NaN in a payload. */
const time = (iso: unknown): number => {
  const ms = Date.parse(String(iso));
  if (Number.isNaN(ms)) throw new Error(`"${String(iso)}" is not a valid ISO 8601 time`);
  return ms;
};
const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * Mixed into derived identifiers (uuid, hex, digits) while the sampler renders record i of a batch
 * (`sample(id, params, { records: n })`), so each record gets its own ids; '' otherwise.
 */
let salt = '';
export function withSalt<T>(value: string, run: () => T): T {
  const before = salt;
  salt = value;
  try {
    return run();
  } finally {
    salt = before;
  }
}
const seeded = (seed: string): string => (salt === '' ? seed : `${seed}\u0000#${salt}`);

export const helpers: Record<string, (...a: unknown[]) => unknown> = {
  /** A JSON literal: the only way templates emit values, so quotes and unicode are always escaped right. */
  json: (v: unknown) => JSON.stringify(v === undefined ? null : v),
  /** JSON text of a value, as a string (for a body or Message that holds JSON). */
  stringify: (v: unknown) => JSON.stringify(v),
  md5: (v: unknown) => createHash('md5').update(str(v), 'utf8').digest('hex'),
  sha256: (v: unknown) => createHash('sha256').update(str(v), 'utf8').digest('hex'),
  base64: (v: unknown) => Buffer.from(str(v), 'utf8').toString('base64'),
  /** gzip (deterministic header: no mtime, no name) then base64, as CloudWatch Logs sends awslogs.data. */
  gzipBase64: (v: unknown) => gzipSync(Buffer.from(str(v), 'utf8')).toString('base64'),
  /**
   * Form-style URL encoding as S3 writes object keys in notifications: spaces as +, `/` kept,
   * letters, digits and `*-._` kept, everything else %XX of its UTF-8 bytes.
   */
  urlencode: (v: unknown) =>
    encodeURIComponent(str(v))
      .replace(/%20/g, '+')
      .replace(/%2F/g, '/')
      .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  /** Percent-encoding of a URL path or query value (spaces as %20). */
  uriencode: (v: unknown) => encodeURIComponent(str(v)),
  /** arn partition service region account resource (empty strings allowed, as S3 bucket ARNs have). */
  arn: (...a: unknown[]) => {
    const [partition, service, region, account, ...resource] = args(a).map((x) => (x === undefined || x === null ? '' : String(x)));
    return `arn:${partition}:${service}:${region}:${account}:${resource.join('')}`;
  },
  /** A UUID (version 4 layout) derived from its arguments: stable across runs, distinct per seed. */
  uuid: (...a: unknown[]) => {
    const h = createHash('sha256').update(seeded(args(a).map(str).join('\u0000'))).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  },
  /** Hex digits derived from a seed, `length` long. */
  hex: (seed: unknown, length: unknown) => createHash('sha256').update(seeded(str(seed))).digest('hex').repeat(4).slice(0, Number(length)),
  /** Decimal digits derived from a seed, `length` long (sequence numbers, offsets). */
  digits: (seed: unknown, length: unknown) => {
    const h = createHash('sha256').update(seeded(str(seed))).digest();
    let out = '';
    for (let i = 0; out.length < Number(length); i++) out += String(h[i % h.length]! % 10);
    return out;
  },
  epochMillis: (iso: unknown) => time(iso),
  epochSeconds: (iso: unknown) => time(iso) / 1000,
  /** Whole seconds since the epoch (fractions dropped), for fields that are integers. */
  unixSeconds: (iso: unknown) => Math.floor(time(iso) / 1000),
  /** `01/Mar/2024:12:00:00 +0000`, the request time format of API Gateway. */
  clfTime: (iso: unknown) => {
    const d = new Date(time(iso));
    const m = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]!;
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getUTCDate())}/${m}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
  },
  /** ISO time without milliseconds, as EventBridge writes `time`. */
  isoSeconds: (iso: unknown) => new Date(time(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  concat: (...a: unknown[]) => args(a).map((x) => String(x)).join(''),
  lower: (v: unknown) => String(v).toLowerCase(),
  upper: (v: unknown) => String(v).toUpperCase(),
  eq: (a: unknown, b: unknown) => a === b,
  startsWith: (s: unknown, p: unknown) => String(s).startsWith(String(p)),
  endsWith: (s: unknown, p: unknown) => String(s).endsWith(String(p)),
  /** A decimal sequence number advanced by the record's index in a batch (`records: n`): record i gets n + i. */
  plusIndex: (decimal: unknown) => (salt === '' ? String(decimal) : (BigInt(String(decimal)) + BigInt(salt)).toString()),
  not: (v: unknown) => !v,
  /** An object from hash arguments, keys in the order written: {{json (object a=1 b="x")}}. (Handlebars hands the hash over last key first.) */
  object: (...a: unknown[]) => Object.fromEntries(Object.entries((a[a.length - 1] as Hash).hash ?? {}).reverse()),
  /** A JSON value parsed from text: {{json (parse headers)}}. */
  parse: (v: unknown) => JSON.parse(String(v)),
};
