/** `lambda-events validate [paths...]`: validate captured events against the registry. */
import type { Io } from './io.ts';
import { humanSummary } from './render/human.ts';
import { jsonSummary } from './render/json.ts';
import type { Registry } from './registry.ts';
import { exitCode, scan, type ScanOptions } from './scan.ts';

export interface ValidateOptions extends ScanOptions {
  format: 'human' | 'json';
}

export async function runValidate(paths: string[], registry: Registry, options: ValidateOptions, io: Io): Promise<number> {
  const result = await scan(paths, registry, options, io, { command: 'validate', format: options.format, color: io.color });
  io.out(options.format === 'json' ? jsonSummary(result.summary) : humanSummary(result.summary, io.color));
  return exitCode(result);
}

