/** --format json: JSON Lines on stdout, one object per record, then one summary line. */
import type { Outcome, Summary } from '../pipeline.ts';

export function jsonOutcome(o: Outcome): string {
  if (o.status === 'skipped') return '';
  const line: Record<string, unknown> = {
    file: o.file,
    line: o.line,
    ...(o.at ? { at: o.at } : {}),
    id: o.id,
    valid: o.status === 'valid',
    errors: o.errors.map((e) => ({ code: e.code, instancePath: e.instancePath, ...(e.keyword ? { keyword: e.keyword } : {}), message: e.message, ...(e.params ? { params: e.params } : {}) })),
    unknown: o.unknown,
  };
  if (o.unknownDetailType) line.unknownDetailType = o.unknownDetailType;
  if (o.candidates) line.candidates = o.candidates.map((c) => ({ id: c.id, matched: c.matched, total: c.total, failed: c.failed }));
  return JSON.stringify(line) + '\n';
}

export function jsonSummary(s: Summary): string {
  return JSON.stringify({ summary: s }) + '\n';
}
