/**
 * One record through the checks, one module per step (check/): parse, detect (or the forced id),
 * validate (every problem when it fails), carried payloads, and drift under --strict (drift.ts).
 * Outcomes are data with coded problems; renderers turn them into text, and the exit code is a
 * function of the summary (scan.ts).
 */
import type { RawRecord } from './input/records.ts';
import type { Candidate, Registry } from './registry.ts';
import { carriedProblems } from './check/carried.ts';
import { detectRecord } from './check/detect.ts';
import { parseRecord } from './check/parse.ts';
import { problem, type Problem } from './check/problems.ts';
import { validateRecord } from './check/validate.ts';

export type { Problem };

export type Status = 'valid' | 'invalid' | 'unparseable' | 'undetected';

export interface Outcome {
  file: string;
  line: number | null;
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
 * Check one record. Synchronous once the id's validator is loaded (the hot path); the first
 * record of an id returns a promise while its validator modules load.
 */
export function check(file: string, raw: RawRecord, registry: Registry, options: CheckOptions): Outcome | Promise<Outcome> {
  const base = { file, line: raw.line, unknown: [] as string[] };
  if (raw.problem || raw.text === undefined) {
    return { ...base, id: options.id ?? null, status: 'unparseable', errors: [problem('E_READ', '', raw.problem?.message ?? 'unreadable')] };
  }
  const parsed = parseRecord(raw.text, raw.line !== null);
  if (!parsed.ok) return { ...base, id: options.id ?? null, status: 'unparseable', errors: [parsed.problem] };
  const detected = detectRecord(parsed.value, registry, options.id);
  if (detected.id === null) return { ...base, id: null, status: 'undetected', errors: [detected.problem], candidates: detected.candidates };
  const id = detected.id;
  if (options.detectOnly) return { ...base, id, status: 'valid', errors: [] };
  if (!registry.loadedValidator(id)) return registry.validator(id).then(() => check(file, raw, registry, options));
  let errors = validateRecord(id, parsed.value, registry);
  if (errors.length === 0) errors = carriedProblems(id, parsed.value, registry);
  else if (options.id !== undefined) {
    // Checked against a forced id and failed: when detection knows what it really is, say that first.
    const actual = registry.detect(parsed.value);
    if (actual !== null && actual !== id)
      errors = [problem('E_WRONG_SOURCE', '', `this is ${/^[aeiou]/.test(actual) ? 'an' : 'a'} ${actual} event, not ${id}`, { detected: actual, expected: id }), ...errors];
  }
  const unknown = options.strict ? registry.drift(id, parsed.value) : [];
  const unknownDetailType = options.strict && id === 'eventbridge.event' ? detailTypeDrift(parsed.value, registry) : undefined;
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
