/**
 * The loop shared by `validate` and `detect`: expand the paths, stream every record through
 * check(), hand each outcome to the renderer, keep the summary, show progress on a TTY, and
 * stop cleanly on Ctrl-C with what was done so far.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EXIT, type Io } from './io.ts';
import { modeOf, readRecords, type Mode } from './input/records.ts';
import { expand, type Source } from './input/sources.ts';
import { checkInto, count, emptySummary, type CheckOptions, type Outcome, type Summary } from './pipeline.ts';
import type { Registry } from './registry.ts';
import { rendererFor, type RendererSpec } from './render/index.ts';
import type { WorkerTask } from './worker.ts';

export interface ScanOptions extends CheckOptions {
  maxRecordBytes: number;
  mode?: Mode;
  /** Worker threads for large uncompressed NDJSON files (1: none). */
  workers?: number;
}

/**
 * When a file is split across threads: this thread checks its share while N-1 workers check theirs.
 * A worker first starts the bundle, loads the registry and warms its own JIT, which costs about as
 * much as checking this many bytes, so this thread takes that much more than each worker, and a
 * file is split only when each worker still gets at least MIN_WORKER_BYTES: then the split pays
 * (finishing takes (size + START_BYTES) / threads instead of size).
 */
const WORKER_START_BYTES = 16 * 1024 * 1024;
const MIN_WORKER_BYTES = 1024 * 1024;

/** The byte ranges of a file split across `threads` threads: this thread's share first, then each worker's. */
export function shares(size: number, threads: number): { start: number; end: number }[] {
  const each = Math.floor((size - WORKER_START_BYTES) / threads);
  if (threads < 2 || each < MIN_WORKER_BYTES) return [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  const first = each + WORKER_START_BYTES;
  return Array.from({ length: threads }, (_, k) => ({
    start: k === 0 ? 0 : first + (k - 1) * each,
    end: k === threads - 1 ? Number.MAX_SAFE_INTEGER : first + k * each,
  }));
}

function merge(into: Summary, from: Summary): void {
  into.records += from.records;
  into.valid += from.valid;
  into.invalid += from.invalid;
  into.unparseable += from.unparseable;
  into.undetected += from.undetected;
  for (const [id, s] of Object.entries(from.byId)) {
    const t = (into.byId[id] ??= { records: 0, valid: 0, invalid: 0, unparseable: 0 });
    t.records += s.records;
    t.valid += s.valid;
    t.invalid += s.invalid;
    t.unparseable += s.unparseable;
  }
}

/** The size of a source that can be split by byte range (a large, uncompressed NDJSON file), else 0. */
async function splittable(source: Source, options: ScanOptions): Promise<number> {
  if ((options.workers ?? 1) < 2 || source.kind !== 'file' || (options.mode ?? modeOf(source.path)) !== 'ndjson') return 0;
  const info = await stat(source.path);
  if (!info.isFile() || shares(info.size, options.workers!).length < 2) return 0;
  const handle = await open(source.path, 'r');
  const head = Buffer.alloc(2);
  await handle.read(head, 0, 2, 0);
  await handle.close();
  return head[0] === 0x1f && head[1] === 0x8b ? 0 : info.size;
}

/**
 * The script a worker thread runs: the CLI itself (main.ts dispatches on workerData). Bundled,
 * that is this very file (cli.js); from source (repo tooling), an entry that loads TypeScript.
 */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker-entry.mjs', import.meta.url) : new URL(import.meta.url);
}

/**
 * Check one large file with this thread and worker threads (shares()): this thread checks the
 * first share and writes its output as it goes; each worker renders its share to a temporary file,
 * written after it in input order. Workers start from the bundle and get only their task.
 */
async function scanInWorkers(
  path: string,
  size: number,
  options: ScanOptions,
  renderer: RendererSpec,
  io: Io,
  stopFlag: SharedArrayBuffer,
  own: (range: { start: number; end: number; firstLine: number }) => Promise<void>,
): Promise<Summary> {
  const [mine, ...theirs] = shares(size, options.workers!);
  const dir = await mkdtemp(join(tmpdir(), 'lambda-events-'));
  try {
    const tasks: WorkerTask[] = theirs.map((range, k) => ({
      path,
      start: range.start,
      end: range.end,
      outFile: join(dir, `${k}.out`),
      options: { id: options.id, strict: options.strict, detectOnly: options.detectOnly, maxRecordBytes: options.maxRecordBytes },
      renderer,
      stop: stopFlag,
    }));
    const results = Promise.all(
      tasks.map(
        (task) =>
          new Promise<Summary>((resolve, reject) => {
            const worker = new Worker(workerScript(), { workerData: { lambdaEventsWorker: task } });
            worker.once('message', (m: { summary?: Summary; error?: string }) => (m.summary ? resolve(m.summary) : reject(new Error(m.error))));
            worker.once('error', reject);
          }),
      ),
    );
    results.catch(() => undefined); // awaited below, after this thread's share
    await own({ start: mine!.start, end: mine!.end, firstLine: 1 });
    const summary = emptySummary();
    for (const [k, s] of (await results).entries()) {
      merge(summary, s);
      for await (const chunk of createReadStream(tasks[k]!.outFile, { encoding: 'utf8' })) io.out(chunk as string);
    }
    return summary;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ScanResult {
  summary: Summary;
  /** Paths that could not be used (exit code 2). */
  pathProblems: number;
  interrupted: boolean;
}

export async function scan(paths: string[], registry: Registry, options: ScanOptions, io: Io, renderer: RendererSpec): Promise<ScanResult> {
  const render = rendererFor(renderer);
  await registry.loadDetector();
  const summary = emptySummary();
  const expanded = await expand(paths);
  for (const p of expanded.problems) io.err(`lambda-events: ${p.path}: ${p.message} [${p.code}]\n`);
  if (expanded.skipped.length > 0)
    io.err(
      `lambda-events: skipped ${expanded.skipped.length} file(s) in folders that are not .json, .ndjson, .jsonl, .log or .csv (optionally .gz), e.g. ${expanded.skipped[0]}; name a file explicitly to read it\n`,
    );
  let interrupted = false;
  const stop = new AbortController();
  const stopFlag = new SharedArrayBuffer(4);
  const onSigint = () => {
    interrupted = true;
    stop.abort();
    Atomics.store(new Int32Array(stopFlag), 0, 1);
  };
  process.once('SIGINT', onSigint);
  let bytesHint = 0;
  let lastProgress = Date.now();
  try {
    /** Stream one source (or a byte range of it) through the checks, rendering as it goes. */
    const scanSource = async (source: Source, mode: Mode | undefined): Promise<number> => {
      const file = source.path;
      let records = 0;
      const sink = (outcome: Outcome) => {
        count(summary, outcome);
        if (outcome.status !== 'skipped') records++;
        const text = render(outcome);
        if (text) io.out(text);
      };
      for await (const batch of readRecords(source, { maxRecordBytes: options.maxRecordBytes, mode, signal: stop.signal, ...(io.stdin ? { stdin: io.stdin } : {}) })) {
        for (let i = 0; i < batch.length; i++) {
          if (interrupted) return records;
          const raw = batch[i]!;
          const pending = checkInto(file, raw, registry, options, sink);
          if (pending !== undefined) await pending;
          if (io.progress) bytesHint += raw.text?.length ?? 0;
        }
        if (io.progress) {
          const now = Date.now();
          if (now - lastProgress > 500) {
            lastProgress = now;
            io.err(`\r${summary.records} records, ${(bytesHint / 1e6).toFixed(0)} MB read: ${file}\x1b[K`);
          }
        }
      }
      return records;
    };
    for (const source of expanded.sources) {
      const file = source.path;
      const size = await splittable(source, options);
      if (size > 0) {
        const part = await scanInWorkers(file, size, options, renderer, io, stopFlag, async (range) => {
          await scanSource({ kind: 'file', path: file, range }, 'ndjson');
        });
        merge(summary, part);
        if (interrupted) break;
        continue;
      }
      const records = await scanSource(source, options.mode);
      if (interrupted) break;
      if (records === 0) io.err(`lambda-events: ${file}: holds no events\n`);
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    if (io.progress) io.err('\r\x1b[K');
  }
  if (interrupted) io.err('lambda-events: interrupted; the summary covers the records read so far\n');
  return { summary, pathProblems: expanded.problems.length, interrupted };
}

export function exitCode(result: ScanResult): number {
  if (result.interrupted) return EXIT.INTERRUPTED;
  if (result.pathProblems > 0) return EXIT.USAGE;
  return result.summary.records === result.summary.valid ? EXIT.OK : EXIT.FAILED;
}
