/**
 * The loop shared by `validate` and `detect`: expand the paths, stream every record through
 * check(), hand each outcome to the renderer, keep the summary, show progress on a TTY, and
 * stop cleanly on Ctrl-C with what was done so far.
 */
import { EXIT, type Io } from './io.ts';
import { readRecords, type Mode } from './input/records.ts';
import { expand } from './input/sources.ts';
import { check, count, emptySummary, type CheckOptions, type Outcome, type Summary } from './pipeline.ts';
import type { Registry } from './registry.ts';

export interface ScanOptions extends CheckOptions {
  maxRecordBytes: number;
  mode?: Mode;
}

export interface ScanResult {
  summary: Summary;
  /** Paths that could not be used (exit code 2). */
  pathProblems: number;
  interrupted: boolean;
}

export async function scan(paths: string[], registry: Registry, options: ScanOptions, io: Io, emit: (o: Outcome) => void): Promise<ScanResult> {
  const summary = emptySummary();
  const expanded = await expand(paths);
  for (const p of expanded.problems) io.err(`lambda-events: ${p.path}: ${p.message} [${p.code}]\n`);
  if (expanded.skipped.length > 0)
    io.err(
      `lambda-events: skipped ${expanded.skipped.length} file(s) in folders that are not .json, .ndjson or .jsonl (optionally .gz), e.g. ${expanded.skipped[0]}; name a file explicitly to read it\n`,
    );
  let interrupted = false;
  const stop = new AbortController();
  const onSigint = () => {
    interrupted = true;
    stop.abort();
  };
  process.once('SIGINT', onSigint);
  let bytesHint = 0;
  let lastProgress = Date.now();
  try {
    outer: for (const source of expanded.sources) {
      const file = source.path;
      let records = 0;
      for await (const batch of readRecords(source, { maxRecordBytes: options.maxRecordBytes, mode: options.mode, signal: stop.signal })) {
        for (const raw of batch) {
          if (interrupted) break outer;
          const checked = check(file, raw, registry, options);
          const outcome = checked instanceof Promise ? await checked : checked;
          count(summary, outcome);
          records++;
          emit(outcome);
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
      if (records === 0 && !interrupted) io.err(`lambda-events: ${file}: holds no records\n`);
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
