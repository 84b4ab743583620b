/**
 * Records from one input, streamed with bounded memory. A `.json` file is one record (whatever
 * JSON value it holds); `.ndjson`/`.jsonl` hold one record per line; either may be gzip
 * (by name or by its magic bytes, concatenated members included). Other inputs (stdin, odd
 * names) are sniffed: a first line that looks like one JSON value means NDJSON, otherwise one
 * document. A line longer than `maxRecordBytes` is skipped up to its newline and reported, never
 * buffered. Records come in batches (one per chunk read) so the hot loop stays synchronous.
 */
import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Source } from './sources.ts';
import { splitDocuments } from './extract.ts';

/**
 * json: the whole input is one record (a document, an array of events, a CloudWatch Logs export,
 * or documents concatenated); ndjson: one record per line; log: one log line per record (a line
 * without an event is a non-event); csv: a Logs Insights export, one record per row's @message.
 */
export type Mode = 'json' | 'ndjson' | 'log' | 'csv' | 'sniff';

export interface RawRecord {
  /** 1-based line of the record's start in NDJSON input; null for a whole-document record. */
  line: number | null;
  /** The record text, decoded; absent when `problem` says why it could not be read. */
  text?: string;
  problem?: { code: 'E_UTF8' | 'E_TOO_LARGE' | 'E_EMPTY' | 'E_READ' | 'E_GZIP' | 'E_CSV'; message: string };
  /** A log line (log and csv input): text without an event in it is a non-event, not unparseable. */
  log?: true;
}

export interface ReadOptions {
  maxRecordBytes: number;
  mode?: Mode;
  /** Stops reading (Ctrl-C): the input is closed and no more records are produced. */
  signal?: AbortSignal;
  /** Standard input (`-`): process.stdin unless given (tests run the CLI in process). */
  stdin?: Readable;
}

export function modeOf(path: string): Mode {
  if (/\.(ndjson|jsonl)(\.gz)?$/i.test(path)) return 'ndjson';
  if (/\.json(\.gz)?$/i.test(path)) return 'json';
  if (/\.(log|txt)(\.gz)?$/i.test(path)) return 'log';
  if (/\.csv(\.gz)?$/i.test(path)) return 'csv';
  return 'sniff';
}

export class GzipError extends Error {}

/** Bytes of the input, gunzipped when the first two bytes say gzip. */
async function* bytes(source: Source, signal?: AbortSignal, stdin?: Readable): AsyncGenerator<Buffer> {
  const range = source.kind === 'file' ? source.range : undefined;
  // A range starts one byte early so that a line starting exactly at `start` is seen whole.
  const raw: Readable =
    source.kind === 'stdin'
      ? (stdin ?? process.stdin)
      : createReadStream(source.path, range ? { highWaterMark: 1 << 20, start: Math.max(0, range.start - 1) } : { highWaterMark: 1 << 20 }); // no start: FIFOs cannot seek
  if (signal?.aborted) return;
  const onAbort = () => raw.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (range) yield* raw as AsyncIterable<Buffer>; // ranges are plain NDJSON: no gzip
    else yield* streamBytes(raw);
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
  if (head[0] === 0x1f && head[1] === 0x8b) {
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

/** One line's bytes (null when it went over the limit), its 1-based number and byte length. */
interface Line {
  line: number;
  buf: Buffer | null;
  length: number;
}

/**
 * Split a byte stream into lines, one batch per chunk, holding at most one partial line (up to
 * the limit): for input read whole or sniffed (byte ranges are NDJSON: lineRecords).
 */
async function* lineBatches(chunks: AsyncIterable<Buffer>, max: number): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let lineNo = 1;
  for await (const chunk of chunks) {
    const batch: Line[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl === -1 ? chunk.length : nl;
      const pieceLength = end - pos;
      if (!overflow) {
        if (size + pieceLength > max) {
          overflow = true;
          parts = [];
        } else if (pieceLength > 0) parts.push(chunk.subarray(pos, end));
      }
      size += pieceLength;
      if (nl === -1) break;
      batch.push({ line: lineNo, buf: overflow ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts, size), length: size });
      parts = [];
      size = 0;
      overflow = false;
      lineNo++;
      pos = nl + 1;
    }
    if (batch.length > 0) yield batch;
  }
  if (size > 0) yield [{ line: lineNo, buf: overflow ? null : Buffer.concat(parts, size), length: size }];
}

/**
 * NDJSON (and log) records straight from the bytes: the hot path of large files. The lines wholly
 * inside a chunk are checked for UTF-8 in one call (a newline byte never sits inside a multi-byte
 * character, so valid bytes split into valid lines) and decoded in place, with no Buffer view or
 * line object per record; only a line that spans chunks is copied. With a range, the bytes start
 * one before `range.start`: everything up to the first newline belongs to the previous range, and
 * lines starting at or after `range.end` to the next.
 */
async function* lineRecords(chunks: AsyncIterable<Buffer>, max: number, log: boolean, range?: { start: number; end: number; firstLine: number }): AsyncGenerator<RawRecord[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let lineNo = range ? range.firstLine : 1;
  let offset = range ? Math.max(0, range.start - 1) : 0; // file offset of the current chunk
  let skipping = range !== undefined && range.start > 0;
  const record = (line: number, text: string): RawRecord => (log ? { line, text, log: true } : { line, text });
  /** One line of bytes, or a problem; undefined for a blank line. */
  const lineOf = (buf: Buffer, start: number, end: number, line: number, utf8Checked: boolean): RawRecord | undefined => {
    const length = end - start;
    if (length > max) return tooLarge(line, length, max);
    if (length === 0 || isBlankAt(buf, start, end)) return undefined;
    if (!utf8Checked && !isUtf8(buf.subarray(start, end))) return { line, problem: { code: 'E_UTF8', message: 'is not valid UTF-8' } };
    const bom = length >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf ? 3 : 0;
    return record(line, buf.toString('utf8', start + bom, end));
  };
  for await (const chunk of chunks) {
    const batch: RawRecord[] = [];
    let pos = 0;
    if (skipping) {
      const nl = chunk.indexOf(0x0a);
      if (nl === -1) {
        offset += chunk.length;
        continue;
      }
      skipping = false;
      pos = nl + 1;
    }
    if (range && offset + pos >= range.end && size === 0 && !overflow) return;
    // A line begun in an earlier chunk.
    if (size > 0 || overflow) {
      const nl = chunk.indexOf(0x0a, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (!overflow && size + end - pos > max) {
        overflow = true;
        parts = [];
      } else if (!overflow && end > pos) parts.push(chunk.subarray(pos, end));
      size += end - pos;
      if (nl === -1) {
        offset += chunk.length;
        continue;
      }
      const r = overflow ? tooLarge(lineNo, size, max) : lineOf(Buffer.concat(parts, size), 0, size, lineNo, false);
      if (r) batch.push(r);
      parts = [];
      size = 0;
      overflow = false;
      lineNo++;
      pos = nl + 1;
      if (range && offset + pos >= range.end) {
        if (batch.length > 0) yield batch;
        return;
      }
    }
    // The lines wholly inside this chunk.
    const last = chunk.lastIndexOf(0x0a);
    if (last >= pos) {
      const utf8 = isUtf8(chunk.subarray(pos, last));
      for (let nl = chunk.indexOf(0x0a, pos); nl !== -1 && nl <= last; nl = chunk.indexOf(0x0a, pos)) {
        const r = lineOf(chunk, pos, nl, lineNo, utf8);
        if (r) batch.push(r);
        lineNo++;
        pos = nl + 1;
        if (range && offset + pos >= range.end) {
          if (batch.length > 0) yield batch;
          return;
        }
      }
    }
    // The start of a line that continues in the next chunk.
    if (pos < chunk.length) {
      size = chunk.length - pos;
      if (size > max) overflow = true;
      else parts.push(chunk.subarray(pos));
    }
    offset += chunk.length;
    if (batch.length > 0) yield batch;
  }
  if (size > 0 || overflow) {
    const r = overflow ? tooLarge(lineNo, size, max) : lineOf(Buffer.concat(parts, size), 0, size, lineNo, false);
    if (r) yield [r];
  }
}

/** Whether bytes [start, end) are only white space (a line with none is not a record). */
function isBlankAt(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  }
  return true;
}

const isBlank = (buf: Buffer) => isBlankAt(buf, 0, buf.length);

function decode(buf: Buffer, line: number | null): RawRecord {
  if (!isUtf8(buf)) return { line, problem: { code: 'E_UTF8', message: 'is not valid UTF-8' } };
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return { line, text: buf.toString('utf8', start) };
}

function tooLarge(line: number | null, length: number, max: number): RawRecord {
  return { line, problem: { code: 'E_TOO_LARGE', message: `is ${length} bytes, over the --max-record-bytes limit of ${max}; skipped` } };
}

/** Logs Insights CSV export rows: the header names the columns; each row's @message is a log line. Quoted fields may span lines. */
class CsvRows {
  private column = -1;
  private header = true;
  private pending = '';
  private start = 0;

  push(line: number, text: string, out: RawRecord[]): void {
    if (this.pending === '') this.start = line;
    this.pending = this.pending === '' ? text.replace(/^\uFEFF/, '') : `${this.pending}\n${text}`;
    if ((this.pending.match(/"/g)?.length ?? 0) % 2 === 1) return; // inside a quoted field
    const row = this.pending;
    this.pending = '';
    if (row.trim() === '') return;
    const fields = parseCsvRow(row);
    if (this.header) {
      this.header = false;
      this.column = fields.indexOf('@message');
      if (this.column === -1) out.push({ line, problem: { code: 'E_CSV', message: 'is a CSV file without a @message column (a CloudWatch Logs Insights export has one): no events can be read from it' } });
      return;
    }
    if (this.column !== -1) out.push({ line: this.start, text: fields[this.column] ?? '', log: true });
  }

  end(): RawRecord[] {
    return this.pending === '' ? [] : [{ line: this.start, problem: { code: 'E_CSV', message: 'ends inside a quoted CSV field' } }];
  }
}

function parseCsvRow(row: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= row.length) {
    if (row[i] === '"') {
      let value = '';
      i++;
      while (i < row.length) {
        if (row[i] === '"' && row[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (row[i] === '"') {
          i++;
          break;
        } else value += row[i++];
      }
      fields.push(value);
      i = row.indexOf(',', i) === -1 ? row.length + 1 : row.indexOf(',', i) + 1;
    } else {
      const end = row.indexOf(',', i);
      fields.push((end === -1 ? row.slice(i) : row.slice(i, end)).replace(/\r$/, ''));
      i = end === -1 ? row.length + 1 : end + 1;
    }
  }
  return fields;
}

function recordsOfLines(batch: Line[], max: number): RawRecord[] {
  const out: RawRecord[] = [];
  for (const l of batch) {
    if (l.buf === null) out.push(tooLarge(l.line, l.length, max));
    else if (!isBlank(l.buf)) out.push(decode(l.buf, l.line));
  }
  return out;
}

/** Whether the first line of an input means NDJSON: one JSON value, or something shaped like one. */
function looksLikeRecord(first: Line): boolean {
  if (first.buf === null) return true; // an over-long first line is a record of its own
  const text = first.buf.toString('utf8').replace(/^\uFEFF/, '').trim();
  try {
    JSON.parse(text);
    return true;
  } catch {
    // Documents concatenated on one line (a Firehose S3 object) are one input to split, not NDJSON.
    if (splitDocuments(text) !== null) return false;
    return text.length > 1 && /^[[{]/.test(text) && /[\]}]$/.test(text);
  }
}

export async function* readRecords(source: Source, options: ReadOptions): AsyncGenerator<RawRecord[]> {
  const max = options.maxRecordBytes;
  let mode: Mode = options.mode ?? (source.kind === 'stdin' ? 'sniff' : modeOf(source.path));
  if (mode === 'ndjson' || mode === 'log') {
    // Known line-per-record input (by name, --mode, or a worker's range): straight from the bytes.
    try {
      yield* lineRecords(bytes(source, options.signal, options.stdin), max, mode === 'log', source.kind === 'file' ? source.range : undefined);
    } catch (error) {
      yield* readProblem(error, options.signal);
    }
    return;
  }
  const batches = lineBatches(bytes(source, options.signal, options.stdin), max)[Symbol.asyncIterator]();
  try {
    // Lines read before the mode is known (sniffing) are replayed first.
    let pending: Line[] = [];
    if (mode === 'sniff') {
      let first: Line | undefined;
      while (!first) {
        const next = await batches.next();
        if (next.done) break;
        pending.push(...next.value);
        first = pending.find((l) => l.buf === null || !isBlank(l.buf));
      }
      // One JSON value on the first line: NDJSON; a document that spans lines: JSON; anything else: a text log.
      mode = !first || looksLikeRecord(first) ? 'ndjson' : /^\s*[[{]/.test(first.buf!.toString('utf8').replace(/^\uFEFF/, '')) ? 'json' : 'log';
    }
    if (mode === 'ndjson' || mode === 'log') {
      for (let batch: Line[] | undefined = pending.length > 0 ? pending : (await batches.next()).value; batch; batch = (await batches.next()).value) {
        pending = [];
        const records = recordsOfLines(batch, max);
        if (mode === 'log') for (const r of records) r.log = true;
        if (records.length > 0) yield records;
      }
      return;
    }
    if (mode === 'csv') {
      const csv = new CsvRows();
      for (let batch: Line[] | undefined = pending.length > 0 ? pending : (await batches.next()).value; batch; batch = (await batches.next()).value) {
        pending = [];
        const records: RawRecord[] = [];
        for (const l of batch) {
          if (l.buf === null) records.push(tooLarge(l.line, l.length, max));
          else csv.push(l.line, l.buf.toString('utf8'), records);
        }
        if (records.length > 0) yield records;
      }
      const rest = csv.end();
      if (rest.length > 0) yield rest;
      return;
    }
    // One document: the whole input, up to the limit.
    const parts: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const newline = Buffer.from('\n');
    for (let batch: Line[] | undefined = pending.length > 0 ? pending : (await batches.next()).value; batch; batch = (await batches.next()).value) {
      pending = [];
      for (const l of batch) {
        size += l.length + 1;
        if (overflow || l.buf === null || size > max) {
          overflow = true;
          parts.length = 0;
          continue;
        }
        parts.push(l.buf, newline);
      }
    }
    if (overflow) {
      yield [tooLarge(null, size - 1, max)];
      return;
    }
    const doc = Buffer.concat(parts);
    if (!isBlank(doc)) {
      yield [decode(doc.subarray(0, doc.length - 1), null)];
    } else if (source.kind !== 'stdin' && modeOf(source.path) === 'json') {
      yield [{ line: null, problem: { code: 'E_EMPTY', message: 'is empty: a .json file must hold one JSON value' } }];
    }
  } catch (error) {
    yield* readProblem(error, options.signal);
  }
}

/** What a failed read leaves as a record: nothing after Ctrl-C, else the gzip or read problem. */
function* readProblem(error: unknown, signal?: AbortSignal): Generator<RawRecord[]> {
  if (signal?.aborted) return;
  if (error instanceof GzipError) yield [{ line: null, problem: { code: 'E_GZIP', message: `gzip data is corrupt or truncated (${error.message}); records before this point were read` } }];
  else yield [{ line: null, problem: { code: 'E_READ', message: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } }];
}
