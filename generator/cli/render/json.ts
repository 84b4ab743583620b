/** --format json: JSON Lines on stdout, one object per record, then one summary line. */
import type { Outcome, Problem, Summary } from '../pipeline.ts';

/** One problem as JSON: keys in a fixed order, optional ones only when set (built without spreads: this runs per record). */
function jsonProblem(e: Problem): Record<string, unknown> {
  const out: Record<string, unknown> = { code: e.code, instancePath: e.instancePath };
  if (e.keyword) out.keyword = e.keyword;
  out.message = e.message;
  if (e.params) out.params = e.params;
  return out;
}

export function jsonOutcome(o: Outcome): string {
  if (o.status === 'skipped') return '';
  const line: Record<string, unknown> = { file: o.file, line: o.line };
  if (o.at) line.at = o.at;
  line.id = o.id;
  line.valid = o.status === 'valid';
  line.errors = o.errors.length === 0 ? o.errors : o.errors.map(jsonProblem);
  line.unknown = o.unknown;
  if (o.unknownDetailType) line.unknownDetailType = o.unknownDetailType;
  if (o.candidates) line.candidates = o.candidates.map((c) => ({ id: c.id, matched: c.matched, total: c.total, failed: c.failed }));
  return JSON.stringify(line) + '\n';
}

export function jsonSummary(s: Summary): string {
  return JSON.stringify({ summary: s }) + '\n';
}
