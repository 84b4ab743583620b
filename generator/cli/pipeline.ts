/**
 * One record through the checks, one module per step (check/): parse, detect (or the forced id),
 * validate (every problem when it fails), carried payloads, and drift under --strict (drift.ts).
 * Outcomes are data with coded problems; renderers turn them into text, and the exit code is a
 * function of the summary (scan.ts).
 */
import type { RawRecord } from './input/records.ts';
import type { Candidate, Registry } from './registry.ts';
import { detectedId, undetected } from './check/detect.ts';
import { parseProblem, parseRecord } from './check/parse.ts';
import { isContainer, logLine, splitDocuments, unwrap, type Piece } from './input/extract.ts';
import { problem, type Problem } from './check/problems.ts';
import { DEPTH_PROBLEMS, failureProblems, passes } from './check/validate.ts';

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

const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];
const NO_POINTERS: string[] = Object.freeze([]) as unknown as string[];

/**
 * An outcome, always built with the same shape (fields absent as undefined), so the hot loop and
 * the renderers see one object layout; valid records share the empty lists (nothing else allocated).
 */
function outcome(
  file: string,
  line: number | null,
  at: string | undefined,
  id: string | null,
  status: Status,
  errors: Problem[],
  unknown: string[] = NO_POINTERS,
  unknownDetailType?: { source: string; detailType: string },
  candidates?: Candidate[],
): Outcome {
  return { file, line, at, id, status, errors, unknown, unknownDetailType, candidates };
}

/**
 * Check one record and hand each outcome to `sink`: the events it holds (input/extract.ts), each
 * detected and validated. A plain event (the common case) takes the fast path: one parse, no
 * extraction, one outcome object. Synchronous once the ids' validators are loaded; the first
 * record of an id returns a promise while they load.
 */
export function checkInto(file: string, raw: RawRecord, registry: Registry, options: CheckOptions, sink: (o: Outcome) => void): void | Promise<void> {
  const text = raw.text;
  if (raw.problem || text === undefined) {
    sink(outcome(file, raw.line, undefined, options.id ?? null, 'unparseable', [problem('E_READ', '', raw.problem?.message ?? 'unreadable')]));
    return;
  }
  let pieces: Piece[];
  if (raw.log) pieces = logLine(text);
  else {
    let value: unknown;
    let error: Error | undefined;
    try {
      value = JSON.parse(text) as unknown;
    } catch (e) {
      error = e as Error;
    }
    // With --id the whole value is checked against it (an AppSync batch invoke is an array); a line is one record.
    if (error === undefined && (options.id !== undefined || !isContainer(value, raw.line === null))) {
      const one = checkValue(file, raw.line, undefined, value, registry, options);
      if (one instanceof Promise) return one.then(sink);
      sink(one);
      return;
    }
    if (error === undefined) pieces = unwrap(value);
    else {
      // Several concatenated documents (Firehose writes records to S3 with no separator), or broken JSON.
      const docs = raw.line === null ? splitDocuments(text) : null;
      if (!docs) {
        sink(outcome(file, raw.line, undefined, options.id ?? null, 'unparseable', [parseProblem(text, error, raw.line !== null)]));
        return;
      }
      pieces = docs.flatMap((doc, i) => {
        const at = `document ${i + 1}`;
        const p = parseRecord(doc, false);
        return p.ok ? unwrap(p.value, at) : [{ kind: 'unparseable' as const, error: new Error(p.problem.message), text: doc, at }];
      });
    }
  }
  return piecesInto(file, raw.line, pieces, registry, options, sink);
}

/** The events of a container, in order (each may wait for its id's validator to load). */
async function piecesAsync(file: string, line: number | null, pieces: Piece[], from: number, registry: Registry, options: CheckOptions, sink: (o: Outcome) => void): Promise<void> {
  for (let i = from; i < pieces.length; i++) {
    const o = pieceOutcome(file, line, pieces[i]!, registry, options);
    sink(o instanceof Promise ? await o : o);
  }
}

function piecesInto(file: string, line: number | null, pieces: Piece[], registry: Registry, options: CheckOptions, sink: (o: Outcome) => void): void | Promise<void> {
  for (let i = 0; i < pieces.length; i++) {
    const o = pieceOutcome(file, line, pieces[i]!, registry, options);
    if (o instanceof Promise) return o.then((first) => (sink(first), piecesAsync(file, line, pieces, i + 1, registry, options, sink)));
    sink(o);
  }
}

function pieceOutcome(file: string, line: number | null, piece: Piece, registry: Registry, options: CheckOptions): Outcome | Promise<Outcome> {
  if (piece.kind === 'skip') return outcome(file, line, piece.at, null, 'skipped', NO_PROBLEMS);
  if (piece.kind === 'unparseable') return outcome(file, line, piece.at, options.id ?? null, 'unparseable', [problem('E_PARSE', '', piece.error.message)]);
  return checkValue(file, line, piece.at, piece.value, registry, options);
}

/** Check one record: its outcomes, in order (tests and tools; the CLI's loops use checkInto). */
export function check(file: string, raw: RawRecord, registry: Registry, options: CheckOptions): Outcome[] | Promise<Outcome[]> {
  const out: Outcome[] = [];
  const done = checkInto(file, raw, registry, options, (o) => out.push(o));
  return done instanceof Promise ? done.then(() => out) : out;
}

/** Detect (or take the forced id), validate, check carried payloads and drift: one parsed event. */
function checkValue(file: string, line: number | null, at: string | undefined, value: unknown, registry: Registry, options: CheckOptions): Outcome | Promise<Outcome> {
  const id = detectedId(value, registry, options.id);
  if (id === null) {
    const miss = undetected(value, registry);
    return outcome(file, line, at, null, 'undetected', [miss.problem], NO_POINTERS, undefined, miss.candidates);
  }
  if (options.detectOnly) return outcome(file, line, at, id, 'valid', NO_PROBLEMS);
  if (!registry.loadedValidator(id)) return registry.validator(id).then(() => checkValue(file, line, at, value, registry, options));
  const ok = passes(id, value, registry);
  let errors = NO_PROBLEMS;
  // A carrier's validator checks what it carries too: a valid record is decoded once.
  if (ok !== true) {
    if (ok === null) errors = [...DEPTH_PROBLEMS];
    // The all-errors module loads the first time a record of the id fails: valid input never pays for it.
    else if (!registry.allErrorsLoaded(id)) return registry.loadAllErrors(id).then(() => checkValue(file, line, at, value, registry, options));
    else errors = failureProblems(id, value, registry);
    if (options.id !== undefined && errors[0]!.code !== 'E_DECODE' && errors[0]!.code !== 'E_NESTED') {
      // Checked against a forced id and failed: when detection knows what it really is, say that first.
      const actual = registry.detect(value);
      if (actual !== null && actual !== id)
        errors = [problem('E_WRONG_SOURCE', '', `this is ${/^[aeiou]/.test(actual) ? 'an' : 'a'} ${actual} event, not ${id}`, { detected: actual, expected: id }), ...errors];
    }
  }
  if (!options.strict) return outcome(file, line, at, id, errors.length > 0 ? 'invalid' : 'valid', errors);
  const unknown = registry.drift(id, value);
  const unknownDetailType = id === 'eventbridge.event' ? detailTypeDrift(value, registry) : undefined;
  const drifted = unknown.length > 0 || unknownDetailType !== undefined;
  return outcome(file, line, at, id, errors.length > 0 || drifted ? 'invalid' : 'valid', errors, unknown, unknownDetailType);
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
