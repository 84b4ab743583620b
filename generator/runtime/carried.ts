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
