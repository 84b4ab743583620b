/** `lambda-events detect [paths...]`: the registry id of each record, or the nearest candidates and why. */
import type { Io } from './io.ts';
import { jsonSummary } from './render/json.ts';
import type { Registry } from './registry.ts';
import { exitCode, scan, type ScanOptions } from './scan.ts';

export async function runDetect(paths: string[], registry: Registry, options: ScanOptions & { format: 'human' | 'json' }, io: Io): Promise<number> {
  const result = await scan(paths, registry, { ...options, detectOnly: true }, io, { command: 'detect', format: options.format, color: io.color });
  if (options.format === 'json') io.out(jsonSummary(result.summary));
  else io.out(`${result.summary.records} record${result.summary.records === 1 ? '' : 's'}: ${result.summary.records - result.summary.undetected - result.summary.unparseable} detected, ${result.summary.undetected} undetected, ${result.summary.unparseable} unparseable${result.summary.skipped > 0 ? `; ${result.summary.skipped} log line${result.summary.skipped === 1 ? '' : 's'} without an event skipped` : ''}\n`);
  return exitCode(result);
}
