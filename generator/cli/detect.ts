/** `lambda-events detect [paths...]`: the registry id of each record, or the nearest candidates and why. */
import type { Io } from './io.ts';
import { paint } from './io.ts';
import type { Outcome } from './pipeline.ts';
import { jsonOutcome, jsonSummary } from './render/json.ts';
import type { Registry } from './registry.ts';
import { exitCode, scan, type ScanOptions } from './scan.ts';

function describe(condition: unknown): string {
  const c = condition as { pointer: string; equals?: unknown; in?: unknown[]; exists?: boolean; pattern?: string };
  if ('equals' in c) return `${c.pointer} == ${JSON.stringify(c.equals)}`;
  if ('in' in c) return `${c.pointer} in ${JSON.stringify(c.in)}`;
  if ('exists' in c) return `${c.pointer} ${c.exists ? 'exists' : 'is absent'}`;
  return `${c.pointer} matches /${c.pattern}/`;
}

function human(o: Outcome, color: boolean): string {
  const c = paint(color);
  const where = o.line === null ? o.file : `${o.file}:${o.line}`;
  if (o.status === 'unparseable') return `${where}: ${c.red('unparseable')}: ${o.errors[0]?.message}\n`;
  if (o.id !== null) return `${where}: ${o.id}\n`;
  const near = (o.candidates ?? []).map((k) => `    ${k.id}: ${k.matched}/${k.total} conditions hold; fails ${k.failed.map(describe).join(', ')}\n`).join('');
  return `${where}: ${c.red('no match')}${near ? '; nearest:\n' + near : '\n'}`;
}

export async function runDetect(paths: string[], registry: Registry, options: ScanOptions & { format: 'human' | 'json' }, io: Io): Promise<number> {
  const result = await scan(paths, registry, { ...options, detectOnly: true }, io, (o) => io.out(options.format === 'json' ? jsonOutcome(o) : human(o, io.color)));
  if (options.format === 'json') io.out(jsonSummary(result.summary));
  else io.out(`${result.summary.records} record${result.summary.records === 1 ? '' : 's'}: ${result.summary.records - result.summary.undetected - result.summary.unparseable} detected, ${result.summary.undetected} undetected, ${result.summary.unparseable} unparseable\n`);
  return exitCode(result);
}
