/** Human output: one line per problem, then a summary per id. */
import { paint } from '../io.ts';
import type { Outcome, Summary } from '../pipeline.ts';
import { describe } from './detect.ts';

const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const where = (o: Outcome) => `${o.line === null ? o.file : `${o.file}:${o.line}`}${o.at ? ` ${o.at}` : ''}`;

export function humanOutcome(o: Outcome, color: boolean): string {
  if (o.status === 'valid' || o.status === 'skipped') return '';
  const c = paint(color);
  const id = o.id ?? '(no source)';
  const lines: string[] = [];
  for (const e of o.errors) {
    if (e.code === 'E_UNDETECTED') {
      const near = (o.candidates ?? [])
        .map((k) => `${k.id} (${k.matched}/${k.total} conditions hold; fails ${k.failed.map(describe).join(', ')})`)
        .join(', ');
      lines.push(`${where(o)}: ${c.red('undetected')}: no registry source matches${near ? `; nearest: ${near}` : ''}. Use --id <id> to validate against a known id.`);
    } else if (e.code === 'E_PARSE' || e.code === 'E_READ') {
      lines.push(`${where(o)}: ${c.red('unparseable')}: ${e.message}`);
    } else {
      const detail = e.params && 'missingProperty' in e.params ? '' : e.params && 'allowedValue' in e.params ? ` (${JSON.stringify(e.params.allowedValue)})` : '';
      lines.push(`${where(o)}: ${id} ${c.bold(e.instancePath || '/')} ${e.message}${detail} ${c.dim(`[${e.keyword ?? e.code}]`)}`);
    }
  }
  if (o.unknownDetailType)
    lines.push(`${where(o)}: ${id} ${c.bold('/detail-type')} ${c.yellow(`"${o.unknownDetailType.detailType}" is a detail type of ${o.unknownDetailType.source} the registry does not know yet (drift)`)}`);
  for (const pointer of o.unknown) lines.push(`${where(o)}: ${id} ${c.bold(pointer)} ${c.yellow('is not in the registry schema (drift)')}`);
  return lines.join('\n') + '\n';
}

export function humanSummary(s: Summary, color: boolean): string {
  const c = paint(color);
  const ids = Object.keys(s.byId).sort();
  const width = Math.max(12, ...ids.map((i) => i.length));
  const rows = ids.map((id) => {
    const b = s.byId[id]!;
    const bad = b.invalid + b.unparseable;
    return `  ${id.padEnd(width)}  ${n(b.records, 'record').padStart(15)}  ${String(b.valid).padStart(7)} valid  ${(bad > 0 ? c.red : (x: string) => x)(String(bad).padStart(7) + ' failed')}`;
  });
  if (s.undetected > 0) rows.push(`  ${'(undetected)'.padEnd(width)}  ${n(s.undetected, 'record').padStart(15)}`);
  const skipped = s.skipped > 0 ? `; ${n(s.skipped, 'log line')} without an event skipped` : '';
  const total = `${n(s.records, 'record')}: ${s.valid} valid, ${s.invalid} invalid, ${s.unparseable} unparseable, ${s.undetected} undetected${skipped}`;
  return `${rows.join('\n')}${rows.length ? '\n' : ''}${s.records === s.valid ? c.green(total) : c.red(total)}\n`;
}
