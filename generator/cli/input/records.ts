/**
 * Records from one input, streamed with bounded memory. A `.json` file is one record (whatever
 * JSON value it holds); `.ndjson`/`.jsonl` hold one record per line; either may be gzip
 * (by name or by its magic bytes, concatenated members included). Other inputs (stdin, odd
 * names) are sniffed: a first line that is complete JSON means NDJSON, otherwise one document.
 * A line longer than `maxRecordBytes` is skipped up to its newline and reported, never buffered.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Source } from './sources.ts';

export type Mode = 'json' | 'ndjson' | 'sniff';

export interface RawRecord {
  /** 1-based line of the record's start in NDJSON input; null for a whole-document record. */
  line: number | null;
  /** The record text, decoded; absent when `problem` says why it could not be read. */
  text?: string;
  problem?: { code: 'E_UTF8' | 'E_TOO_LARGE' | 'E_EMPTY' | 'E_READ' | 'E_GZIP'; message: string };
}

export interface ReadOptions {
  maxRecordBytes: number;
  mode?: Mode;
  /** Stops reading (Ctrl-C): the input is closed and no more records are produced. */
  signal?: AbortSignal;
}

export function modeOf(path: string): Mode {
  if (/\.(ndjson|jsonl)(\.gz)?$/i.test(path)) return 'ndjson';
  if (/\.json(\.gz)?$/i.test(path)) return 'json';
  return 'sniff';
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Bytes of the input, gunzipped when the first two bytes say gzip. */
async function* bytes(source: Source, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const raw: Readable = source.kind === 'stdin' ? process.stdin : createReadStream(source.path, { highWaterMark: 1 << 20 });
  if (signal?.aborted) return;
  const onAbort = () => raw.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    yield* streamBytes(raw);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function* streamBytes(raw: Readable): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first = await iterator.next();
  while (!first.done && first.value.length < 2) {
    const more = await iterator.next();
    if (more.done) break;
    first = { done: false, value: Buffer.concat([first.value, more.value]) };
  }
  if (first.done) return;
  const head = first.value;
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) {
    const gunzip = createGunzip();
    const feed = (async () => {
      try {
        gunzip.write(head);
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          if (!gunzip.write(next.value)) await new Promise((resolve) => gunzip.once('drain', resolve));
        }
        gunzip.end();
      } catch (error) {
        gunzip.destroy(error as Error);
      }
    })();
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      throw new GzipError((error as Error).message);
    }
    await feed;
    return;
  }
  yield head;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
}

export class GzipError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function decode(buf: Buffer, line: number | null): RawRecord {
  try {
    // ignoreBOM: false strips a leading UTF-8 BOM.
    return { line, text: decoder.decode(buf) };
  } catch {
    return { line, problem: { code: 'E_UTF8', message: 'is not valid UTF-8' } };
  }
}

/** Split a byte stream into lines without holding more than one line (up to the limit) in memory. */
async function* lines(chunks: AsyncIterable<Buffer>, max: number): AsyncGenerator<{ line: number; buf: Buffer | null; length: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let lineNo = 1;
  let startLine = 1;
  for await (const chunk of chunks) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(pos, end);
      if (!overflow) {
        if (size + piece.length > max) {
          overflow = true;
          parts = [];
        } else if (piece.length > 0) parts.push(piece);
      }
      size += piece.length;
      if (nl === -1) break;
      yield { line: startLine, buf: overflow ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), length: size };
      parts = [];
      size = 0;
      overflow = false;
      lineNo++;
      startLine = lineNo;
      pos = nl + 1;
    }
  }
  if (size > 0 || parts.length > 0) yield { line: startLine, buf: overflow ? null : Buffer.concat(parts, size), length: size };
}

const isBlank = (buf: Buffer) => {
  for (const b of buf) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  return true;
};

function tooLarge(line: number | null, length: number, max: number): RawRecord {
  return { line, problem: { code: 'E_TOO_LARGE', message: `is ${length} bytes, over the --max-record-bytes limit of ${max}; skipped` } };
}

export async function* readRecords(source: Source, options: ReadOptions): AsyncGenerator<RawRecord> {
  const max = options.maxRecordBytes;
  let mode: Mode = options.mode ?? (source.kind === 'stdin' ? 'sniff' : modeOf(source.path));
  const it = lines(bytes(source, options.signal), max)[Symbol.asyncIterator]();
  let sawAny = false;
  try {
    if (mode === 'sniff') {
      // Look at the first non-blank line: complete JSON on its own means NDJSON.
      const pending: { line: number; buf: Buffer | null; length: number }[] = [];
      for (let next = await it.next(); !next.done; next = await it.next()) {
        pending.push(next.value);
        if (next.value.buf === null || !isBlank(next.value.buf)) break;
      }
      const firstLine = pending[pending.length - 1];
      let ndjson = false;
      if (firstLine?.buf) {
        // A first line that is a whole JSON value, or looks like one ({...} or [...] on one
        // line, even if broken), means one record per line; a lone "{" opens a document.
        const text = firstLine.buf.toString('utf8').trim();
        try {
          JSON.parse(text);
          ndjson = true;
        } catch {
          ndjson = text.length > 1 && /^[[{]/.test(text) && /[\]}]$/.test(text);
        }
      } else if (firstLine) ndjson = true; // an over-long first line is a record of its own
      mode = ndjson ? 'ndjson' : 'json';
      const replay = pending;
      const rest = it;
      const all = (async function* () {
        yield* replay;
        for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
      })();
      yield* mode === 'ndjson' ? fromLines(all, max) : fromDocument(all, max);
      return;
    }
    const all = (async function* () {
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    })();
    for await (const record of mode === 'ndjson' ? fromLines(all, max) : fromDocument(all, max)) {
      sawAny = true;
      yield record;
    }
    if (!sawAny && mode === 'json') yield { line: null, problem: { code: 'E_EMPTY', message: 'is empty: a .json file must hold one JSON value' } };
  } catch (error) {
    if (options.signal?.aborted) return;
    if (error instanceof GzipError) yield { line: null, problem: { code: 'E_GZIP', message: `gzip data is corrupt or truncated (${error.message}); records before this point were read` } };
    else yield { line: null, problem: { code: 'E_READ', message: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}

async function* fromLines(all: AsyncIterable<{ line: number; buf: Buffer | null; length: number }>, max: number): AsyncGenerator<RawRecord> {
  for await (const l of all) {
    if (l.buf === null) yield tooLarge(l.line, l.length, max);
    else if (!isBlank(l.buf)) yield decode(l.buf, l.line);
  }
}

async function* fromDocument(all: AsyncIterable<{ line: number; buf: Buffer | null; length: number }>, max: number): AsyncGenerator<RawRecord> {
  const parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  const newline = Buffer.from('\n');
  for await (const l of all) {
    size += l.length + 1;
    if (overflow || l.buf === null || size > max) {
      overflow = true;
      parts.length = 0;
      continue;
    }
    parts.push(l.buf, newline);
  }
  if (overflow) {
    yield tooLarge(null, size - 1, max);
    return;
  }
  const buf = Buffer.concat(parts);
  if (isBlank(buf)) return;
  yield decode(buf, null);
}
