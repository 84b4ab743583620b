/**
 * One record through the checks, one module per step (check/): parse, detect (or the forced id),
 * validate (every problem when it fails), carried payloads, and drift under --strict (drift.ts).
 * Outcomes are data with coded problems; renderers turn them into text, and the exit code is a
 * function of the summary (scan.ts).
 */
import type { RawRecord } from './input/records.ts';
import type { Candidate, Registry } from './registry.ts';
import { detectRecord } from './check/detect.ts';
import { parseRecord } from './check/parse.ts';
import { isContainer, logLine, splitDocuments, unwrap, type Piece } from './input/extract.ts';
import { problem, type Problem } from './check/problems.ts';
import { validateRecord } from './check/validate.ts';

export type { Problem };

/** `skipped`: a log line that holds no event (START/END/REPORT, plain text): counted apart, never a record. */
export type Status = 'valid' | 'invalid' | 'unparseable' | 'undetected' | 'skipped';

export interface Outcome {
  file: string;
  line: number | null;
  /** Where inside the record the event was: `[2]` in an array, `event 3784...` in a CloudWatch Logs export, `document 2`. */
  at?: string;
  id: string | null;
  status: Status;
  errors: Problem[];
  /** Drift: pointers of properties the schema does not declare (only under --strict). */
  unknown: string[];
  /** Drift under --strict: an event from a service whose detail types the registry types, with a detail type it does not know. */
  unknownDetailType?: { source: string; detailType: string };
  /** For undetected records: the nearest rules and the conditions that fail. */
  candidates?: Candidate[];
}

export interface CheckOptions {
  id?: string;
  strict: boolean;
  /** Detect only: skip validation. */
  detectOnly?: boolean;
}

/**
 * Check one record: the events it holds (input/extract.ts), each detected and validated. A plain
 * event (the common case) takes the fast path: one parse, no extraction. Synchronous once the
 * ids' validators are loaded; the first record of an id returns a promise while they load.
 */
export function check(file: string, raw: RawRecord, registry: Registry, options: CheckOptions): Outcome[] | Promise<Outcome[]> {
  const base = { file, line: raw.line, unknown: [] as string[] };
  if (raw.problem || raw.text === undefined) {
    return [{ ...base, id: options.id ?? null, status: 'unparseable', errors: [problem('E_READ', '', raw.problem?.message ?? 'unreadable')] }];
  }
  let pieces: Piece[];
  if (raw.log) pieces = logLine(raw.text);
  else {
    const parsed = parseRecord(raw.text, raw.line !== null);
    // With --id the whole value is checked against it (an AppSync batch invoke is an array); a line is one record.
    if (parsed.ok && (options.id !== undefined || !isContainer(parsed.value, raw.line === null))) {
      const one = checkValue(base, parsed.value, registry, options);
      return one instanceof Promise ? one.then((o) => [o]) : [one];
    }
    if (parsed.ok) pieces = unwrap(parsed.value);
    else {
      // Several concatenated documents (Firehose writes records to S3 with no separator), or broken JSON.
      const docs = raw.line === null ? splitDocuments(raw.text) : null;
      if (!docs) return [{ ...base, id: options.id ?? null, status: 'unparseable', errors: [parsed.problem] }];
      pieces = docs.flatMap((doc, i) => {
        const at = `document ${i + 1}`;
        const p = parseRecord(doc, false);
        return p.ok ? unwrap(p.value, at) : [{ kind: 'unparseable' as const, error: new Error(p.problem.message), text: doc, at }];
      });
    }
  }
  const outcomes = pieces.map((piece): Outcome | Promise<Outcome> => {
    const here = piece.at ? { ...base, at: piece.at } : base;
    if (piece.kind === 'skip') return { ...here, id: null, status: 'skipped', errors: [] };
    if (piece.kind === 'unparseable') return { ...here, id: options.id ?? null, status: 'unparseable', errors: [problem('E_PARSE', '', piece.error.message)] };
    return checkValue(here, piece.value, registry, options);
  });
  return outcomes.some((o) => o instanceof Promise) ? Promise.all(outcomes) : (outcomes as Outcome[]);
}

type Base = { file: string; line: number | null; at?: string; unknown: string[] };

/** Detect (or take the forced id), validate, check carried payloads and drift: one parsed event. */
function checkValue(base: Base, value: unknown, registry: Registry, options: CheckOptions): Outcome | Promise<Outcome> {
  const detected = detectRecord(value, registry, options.id);
  if (detected.id === null) return { ...base, id: null, status: 'undetected', errors: [detected.problem], candidates: detected.candidates };
  const id = detected.id;
  if (options.detectOnly) return { ...base, id, status: 'valid', errors: [] };
  if (!registry.loadedValidator(id)) return registry.validator(id).then(() => checkValue(base, value, registry, options));
  // The all-errors module loads the first time a record of the id fails: valid input never pays for it.
  if (!registry.allErrorsLoaded(id) && registry.fails(id, value)) return registry.loadAllErrors(id).then(() => checkValue(base, value, registry, options));
  let errors = validateRecord(id, value, registry);
  if (errors.length > 0 && options.id !== undefined && errors[0]!.code !== 'E_DECODE' && errors[0]!.code !== 'E_NESTED') {
    // Checked against a forced id and failed: when detection knows what it really is, say that first.
    const actual = registry.detect(value);
    if (actual !== null && actual !== id)
      errors = [problem('E_WRONG_SOURCE', '', `this is ${/^[aeiou]/.test(actual) ? 'an' : 'a'} ${actual} event, not ${id}`, { detected: actual, expected: id }), ...errors];
  }
  const unknown = options.strict ? registry.drift(id, value) : [];
  const unknownDetailType = options.strict && id === 'eventbridge.event' ? detailTypeDrift(value, registry) : undefined;
  const drifted = unknown.length > 0 || unknownDetailType !== undefined;
  return { ...base, id, status: errors.length > 0 || drifted ? 'invalid' : 'valid', errors, unknown, ...(unknownDetailType ? { unknownDetailType } : {}) };
}

/** A generic EventBridge event from a known AWS source: its detail type is one the registry does not know yet. */
function detailTypeDrift(value: unknown, registry: Registry): { source: string; detailType: string } | undefined {
  const { source, 'detail-type': detailType } = value as { source?: unknown; 'detail-type'?: unknown };
  return registry.knownEventBridgeSource(source) && typeof detailType === 'string' ? { source: source as string, detailType } : undefined;
}

export interface Summary {
  records: number;
  /** Log lines that held no event (not records). */
  skipped: number;
  valid: number;
  invalid: number;
  unparseable: number;
  undetected: number;
  byId: Record<string, { records: number; valid: number; invalid: number; unparseable: number }>;
}

export function emptySummary(): Summary {
  return { records: 0, skipped: 0, valid: 0, invalid: 0, unparseable: 0, undetected: 0, byId: {} };
}

export function count(summary: Summary, o: Outcome): void {
  if (o.status === 'skipped') {
    summary.skipped++;
    return;
  }
  summary.records++;
  summary[o.status]++;
  if (o.id !== null) {
    const s = (summary.byId[o.id] ??= { records: 0, valid: 0, invalid: 0, unparseable: 0 });
    s.records++;
    if (o.status !== 'undetected') s[o.status]++;
  }
}
