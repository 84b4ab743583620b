/** Human output of `detect`: the id of each record, or the nearest rules and why they fail. */
import { paint } from '../io.ts';
import type { Outcome } from '../pipeline.ts';

function describe(condition: unknown): string {
  const c = condition as { pointer: string; equals?: unknown; in?: unknown[]; exists?: boolean; pattern?: string };
  if ('equals' in c) return `${c.pointer} == ${JSON.stringify(c.equals)}`;
  if ('in' in c) return `${c.pointer} in ${JSON.stringify(c.in)}`;
  if ('exists' in c) return `${c.pointer} ${c.exists ? 'exists' : 'is absent'}`;
  return `${c.pointer} matches /${c.pattern}/`;
}

export function humanDetect(o: Outcome, color: boolean): string {
  const c = paint(color);
  const where = o.line === null ? o.file : `${o.file}:${o.line}`;
  if (o.status === 'unparseable') return `${where}: ${c.red('unparseable')}: ${o.errors[0]?.message}\n`;
  if (o.id !== null) return `${where}: ${o.id}\n`;
  const near = (o.candidates ?? []).map((k) => `    ${k.id}: ${k.matched}/${k.total} conditions hold; fails ${k.failed.map(describe).join(', ')}\n`).join('');
  return `${where}: ${c.red('no match')}${near ? '; nearest:\n' + near : '\n'}`;
}

