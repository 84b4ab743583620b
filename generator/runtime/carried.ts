/**
 * Payloads carried inside other payloads (`x-lambda.carries`): find every string at a pointer
 * with `*` wildcards, and decode it step by step (base64, gzip, json). Shipped in the generated
 * package as `nested.js`; used by the CLI to validate inner payloads too. Node.js only (zlib).
 */
import { gunzipSync } from 'node:zlib';
import { escapeToken as escape, tokens } from './pointer.ts';

export type DecodeStep = 'base64' | 'gzip' | 'json';

export interface CarriedPayload<T = unknown> {
  /** JSON pointer of the encoded string in the outer payload. */
  pointer: string;
  /** The decoded payload, when every step succeeded. */
  value?: T;
  /** Why decoding failed, when it did. */
  error?: string;
}

const own = Object.prototype.hasOwnProperty;

/** Every value at `at` (a JSON pointer whose `*` segments match every array item), with its concrete pointer. */
export function valuesAt(root: unknown, at: string): { pointer: string; value: unknown }[] {
  const segments = tokens(at);
  let frontier: { pointer: string; value: unknown }[] = [{ pointer: '', value: root }];
  for (const segment of segments) {
    const next: { pointer: string; value: unknown }[] = [];
    for (const { pointer, value } of frontier) {
      if (segment === '*' && Array.isArray(value)) value.forEach((v, i) => next.push({ pointer: `${pointer}/${i}`, value: v }));
      else if (value !== null && typeof value === 'object' && own.call(value, segment))
        next.push({ pointer: `${pointer}/${escape(segment)}`, value: (value as Record<string, unknown>)[segment] });
    }
    frontier = next;
  }
  return frontier;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Apply the decode steps to one string. Never throws: a failure is reported in `error`. */
export function decodeValue(input: unknown, steps: readonly DecodeStep[], maxBytes: number = 256 * 1024 * 1024): { value?: unknown; error?: string } {
  let current: unknown = input;
  for (const step of steps) {
    try {
      if (step === 'base64') {
        if (typeof current !== 'string') return { error: 'expected a base64 string' };
        if (current.length % 4 !== 0 || !BASE64.test(current)) return { error: 'is not valid base64' };
        current = Buffer.from(current, 'base64');
      } else if (step === 'gzip') {
        if (!(current instanceof Uint8Array)) return { error: 'expected bytes to gunzip' };
        current = gunzipSync(current, { maxOutputLength: maxBytes });
      } else {
        const text = current instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: true }).decode(current) : current;
        if (typeof text !== 'string') return { error: 'expected JSON text' };
        current = JSON.parse(text);
      }
    } catch (error) {
      return { error: `${step} decoding failed: ${(error as Error).message}` };
    }
  }
  return { value: current };
}

/** Every payload carried at `at`, decoded. */
export function carried<T = unknown>(root: unknown, at: string, steps: readonly DecodeStep[]): CarriedPayload<T>[] {
  return valuesAt(root, at).map(({ pointer, value }) => ({ pointer, ...(decodeValue(value, steps) as { value?: T; error?: string }) }));
}

/** Where an id carries payloads and what they must be (registry.json's `carries`): registry ids (any of them) or a definition. */
export interface CarrySpec {
  at: string;
  decode: readonly DecodeStep[];
  id?: readonly string[];
  def?: string;
}

/** One schema problem of a carried payload, shaped as ajv reports it. */
export interface InnerError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** A carried payload that could not be decoded (`E_DECODE`) or is not what its carrier says it carries (`E_NESTED`). */
export interface CarriedProblem {
  code: 'E_DECODE' | 'E_NESTED';
  /** JSON pointer of the encoded string in the outer payload. */
  pointer: string;
  /** Index of the carry (in the carrier's `carries`) the payload was found by. */
  carry: number;
  message: string;
  /** E_DECODE: `{ steps }`; E_NESTED: `{ expected, inner }` (the ids or definition, and the first inner problem, undefined when the checker cannot say). */
  params: { steps: readonly DecodeStep[] } | { expected: string[]; inner: InnerError | undefined };
}

/**
 * Checks one decoded payload against the `n`th carry of a carrier: null when it is valid,
 * otherwise its first problem (undefined when the checker cannot say which).
 */
export type CarriedCheck = (n: number, value: unknown) => InnerError | null | undefined;

/** One carried payload, decoded and checked: its value when valid, otherwise the problem. */
export type CheckedPayload<T = unknown> =
  | { pointer: string; carry: number; ok: true; value: T; problem?: undefined }
  | { pointer: string; carry: number; ok: false; value?: undefined; problem: CarriedProblem };

/**
 * Every payload a value carries, decoded and checked: the one implementation behind the CLI's
 * E_DECODE/E_NESTED, the validators of carrier ids and decodeNested. `firstProblem`: stop at the
 * first payload that fails (validators stop at the first problem, as ajv does).
 */
export function checkCarried(root: unknown, carries: readonly CarrySpec[], check: CarriedCheck, firstProblem = false): CheckedPayload[] {
  const out: CheckedPayload[] = [];
  for (let n = 0; n < carries.length; n++) {
    const c = carries[n]!;
    for (const { pointer, value } of valuesAt(root, c.at)) {
      const decoded = decodeValue(value, c.decode);
      let problem: CarriedProblem;
      if (decoded.error !== undefined) {
        problem = { code: 'E_DECODE', pointer, carry: n, message: `carried payload ${decoded.error} (${c.decode.join(' → ')})`, params: { steps: c.decode } };
      } else {
        const inner = check(n, decoded.value);
        if (inner === null) {
          out.push({ pointer, carry: n, ok: true, value: decoded.value });
          continue;
        }
        const expected = c.def !== undefined ? [c.def] : [...(c.id ?? [])];
        const where = `${inner?.instancePath || '/'} ${inner?.message ?? ''}`.trim();
        const message = c.def !== undefined ? `carried ${c.def} is invalid: ${where}` : `carried payload is not a valid ${expected.join(' or ')}: ${where}`;
        problem = { code: 'E_NESTED', pointer, carry: n, message, params: { expected, inner } };
      }
      out.push({ pointer, carry: n, ok: false, problem });
      if (firstProblem) return out;
    }
  }
  return out;
}

/** The problems of every payload a value carries ([] when all decode and are valid). */
export function carriedProblems(root: unknown, carries: readonly CarrySpec[], check: CarriedCheck, firstOnly = false): CarriedProblem[] {
  return checkCarried(root, carries, check, firstOnly).flatMap((p) => (p.ok ? [] : [p.problem]));
}

type Check = ((value: unknown) => boolean) & { errors?: InnerError[] | null | undefined };

/** A carried problem as a validation error of the carrier: its pointer is the encoded string's, followed by the inner problem's. */
export function carriedError(p: CarriedProblem): InnerError & { schemaPath: string; params: Record<string, unknown> } {
  return {
    instancePath: p.pointer + ((p.params as { inner?: InnerError }).inner?.instancePath ?? ''),
    schemaPath: `#/x-lambda/carries/${p.carry}`,
    // The registry keyword that failed; params.code says how (E_DECODE or E_NESTED), as the CLI does.
    keyword: 'carries',
    params: { code: p.code, payload: p.pointer, ...p.params },
    message: p.message,
  };
}

/** What a carrier's validator knows about its payloads (`validate.carried`): where they are and how to check each. */
export interface Carried {
  readonly carries: readonly CarrySpec[];
  readonly check: CarriedCheck;
}

/**
 * A carrier's validator: its own schema first, then every payload it carries (decoded, and valid
 * against any of `checks[n]` for the `n`th carry). By default it stops at the first problem, as
 * ajv does: the precompiled validators of carrier ids (`s3.notification-in-sqs`, ...) are built
 * with it, and `validate.carried` lets decodeNested check payloads with the same validators.
 * `every`: the all-errors validator (`<id>/all`): every problem of its own schema, or when there is
 * none the first problem of each payload that does not decode or validate, as the CLI lists them.
 */
export function withCarried<F extends Check>(outer: F, carries: readonly CarrySpec[], checks: readonly (readonly Check[])[], every = false): F {
  const check: CarriedCheck = (n, value) => {
    const alternatives = checks[n]!;
    for (const v of alternatives) if (v(value)) return null;
    return alternatives[0]!.errors?.[0];
  };
  const validate = ((data: unknown): boolean => {
    if (!outer(data)) {
      validate.errors = outer.errors;
      return false;
    }
    const failed = carriedProblems(data, carries, check, !every);
    validate.errors = failed.length > 0 ? failed.map(carriedError) : null;
    return failed.length === 0;
  }) as F;
  validate.errors = null;
  (validate as F & { carried: Carried }).carried = { carries, check };
  return validate;
}
