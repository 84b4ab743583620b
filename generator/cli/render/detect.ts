/** Human output of `detect`: the id of each record, or the nearest rules and why they fail. */
import { paint } from '../io.ts';
import type { Outcome } from '../pipeline.ts';

/** A failed condition, with the value the record has there: `/Records/0/eventSource == "aws:sqs" (is "aws:sqs2")`. */
export function describe(condition: unknown): string {
  const c = condition as { pointer: string; equals?: unknown; in?: unknown[]; exists?: boolean; pattern?: string; actual?: unknown };
  const found = 'actual' in c ? ` (is ${JSON.stringify(c.actual)})` : 'exists' in c ? '' : ' (absent)';
  if ('equals' in c) return `${c.pointer} == ${JSON.stringify(c.equals)}${found}`;
  if ('in' in c) return `${c.pointer} in ${JSON.stringify(c.in)}${found}`;
  if ('exists' in c) return `${c.pointer} ${c.exists ? 'exists' : 'is absent'}`;
  return `${c.pointer} matches /${c.pattern}/${found}`;
}

export function humanDetect(o: Outcome, color: boolean): string {
  const c = paint(color);
  const where = `${o.line === null ? o.file : `${o.file}:${o.line}`}${o.at ? ` ${o.at}` : ''}`;
  if (o.status === 'skipped') return '';
  if (o.status === 'unparseable') return `${where}: ${c.red('unparseable')}: ${o.errors[0]?.message}\n`;
  if (o.id !== null) return `${where}: ${o.id}\n`;
  const near = (o.candidates ?? []).map((k) => `    ${k.id}: ${k.matched}/${k.total} conditions hold; fails ${k.failed.map(describe).join(', ')}\n`).join('');
  return `${where}: ${c.red('no match')}${near ? '; nearest:\n' + near : '\n'}`;
}

