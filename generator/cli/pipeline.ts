/**
 * One record through the checks: parse, detect (or the forced id), validate with the
 * precompiled validator, list every problem when it fails, and find drift under --strict.
 * Outcomes are data; renderers turn them into text.
 */
import type { RawRecord } from './input/records.ts';
import type { Candidate, Problem, Registry } from './registry.ts';

export type Status = 'valid' | 'invalid' | 'unparseable' | 'undetected';

export interface Outcome {
  file: string;
  line: number | null;
  id: string | null;
  status: Status;
  errors: Problem[];
  /** Drift: pointers of properties the schema does not declare (only under --strict). */
  unknown: string[];
  /** For undetected records: the nearest rules and the conditions that fail. */
  candidates?: Candidate[];
}

export interface CheckOptions {
  id?: string;
  strict: boolean;
  /** Detect only: skip validation. */
  detectOnly?: boolean;
}

/** Line and column (1-based) of a character offset in text. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: offset - lastBreak };
}

function parseProblem(text: string, error: Error, oneLine: boolean): Problem {
  const position = /position (\d+)/.exec(error.message)?.[1] ?? (/end of JSON input/.test(error.message) ? String(text.length) : undefined);
  const detail = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
  if (position === undefined) return { instancePath: '', keyword: 'parse', message: `invalid JSON: ${detail}` };
  const { line, column } = lineColumn(text, Number(position));
  const at = oneLine ? `column ${column}` : `line ${line} column ${column}`;
  return { instancePath: '', keyword: 'parse', message: `invalid JSON at ${at}: ${detail}`, params: { line, column } };
}

/**
 * Check one record. Synchronous once the id's validator is loaded (the hot path); the first
 * record of an id returns a promise while its validator module loads.
 */
export function check(file: string, raw: RawRecord, registry: Registry, options: CheckOptions): Outcome | Promise<Outcome> {
  const base = { file, line: raw.line, unknown: [] as string[] };
  if (raw.problem || raw.text === undefined) {
    return { ...base, id: options.id ?? null, status: 'unparseable', errors: [{ instancePath: '', keyword: 'read', message: raw.problem?.message ?? 'unreadable' }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.text);
  } catch (error) {
    return { ...base, id: options.id ?? null, status: 'unparseable', errors: [parseProblem(raw.text, error as Error, raw.line !== null)] };
  }
  const id = options.id ?? registry.detect(value);
  if (id === null) {
    return {
      ...base,
      id: null,
      status: 'undetected',
      errors: [{ instancePath: '', keyword: 'detect', message: 'no registry source matches this record' }],
      candidates: registry.explain(value),
    };
  }
  if (options.detectOnly) return { ...base, id, status: 'valid', errors: [] };
  const validate = registry.loadedValidator(id);
  if (!validate) return registry.validator(id).then(() => check(file, raw, registry, options));
  let errors: Problem[] = [];
  try {
    if (!validate(value)) errors = registry.allErrors(id, value);
    else errors = registry.carriedProblems(id, value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    errors = [{ instancePath: '', keyword: 'depth', message: 'is nested too deeply to validate' }];
  }
  const unknown = options.strict ? registry.drift(id, value) : [];
  return { ...base, id, status: errors.length > 0 || unknown.length > 0 ? 'invalid' : 'valid', errors, unknown };
}

export interface Summary {
  records: number;
  valid: number;
  invalid: number;
  unparseable: number;
  undetected: number;
  byId: Record<string, { records: number; valid: number; invalid: number; unparseable: number }>;
}

export function emptySummary(): Summary {
  return { records: 0, valid: 0, invalid: 0, unparseable: 0, undetected: 0, byId: {} };
}

export function count(summary: Summary, o: Outcome): void {
  summary.records++;
  summary[o.status]++;
  if (o.id !== null) {
    const s = (summary.byId[o.id] ??= { records: 0, valid: 0, invalid: 0, unparseable: 0 });
    s.records++;
    if (o.status !== 'undetected') s[o.status]++;
  }
}
