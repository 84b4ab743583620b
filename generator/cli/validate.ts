/** `lambda-events validate [paths...]`: validate captured events against the registry. */
import { EXIT, type Io } from './io.ts';
import { humanOutcome, humanSummary } from './render/human.ts';
import { jsonOutcome, jsonSummary } from './render/json.ts';
import type { Registry } from './registry.ts';
import { exitCode, scan, type ScanOptions } from './scan.ts';

export interface ValidateOptions extends ScanOptions {
  format: 'human' | 'json';
}

export async function runValidate(paths: string[], registry: Registry, options: ValidateOptions, io: Io): Promise<number> {
  const result = await scan(paths, registry, options, io, (o) => {
    if (options.format === 'json') io.out(jsonOutcome(o));
    else {
      const text = humanOutcome(o, io.color);
      if (text) io.out(text);
    }
  });
  io.out(options.format === 'json' ? jsonSummary(result.summary) : humanSummary(result.summary, io.color));
  return exitCode(result);
}

export { EXIT };
