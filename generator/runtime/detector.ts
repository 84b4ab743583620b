/**
 * Source detection from the registry's rules, shipped in the generated package as `detect.js`.
 * Rules are filed under their first condition (the discriminator), so detecting an event reads a
 * handful of discriminator pointers and checks only the rules filed under the values found there,
 * never every rule and never a validator.
 */
import { tokens } from './pointer.ts';

export type DetectCondition =
  | { pointer: string; equals: string | number | boolean }
  | { pointer: string; in: (string | number | boolean)[] }
  | { pointer: string; exists: boolean }
  | { pointer: string; pattern: string };

export interface DetectRule {
  id: string;
  conditions: DetectCondition[];
}

/** A condition of a rule that does not hold for an event, with what the event has there. */
export type FailedCondition = DetectCondition & {
  /** The value found at the pointer (absent when the event has nothing there). */
  actual?: unknown;
};

export interface Candidate {
  id: string;
  /** How many of the rule's conditions hold. */
  matched: number;
  total: number;
  /** The conditions that do not hold, each with the value found (a near miss: `aws:sqs2` where `aws:sqs` is expected). */
  failed: FailedCondition[];
}

/** A pointer segment, with its array index precomputed (-1 when it cannot index an array). */
interface Segment {
  key: string;
  index: number;
}

interface CompiledCondition {
  segments: Segment[];
  test: (value: unknown, present: boolean) => boolean;
  source: DetectCondition;
}

interface CompiledRule {
  id: string;
  /** Position in the registry: breaks ties between rules with as many conditions. */
  order: number;
  conditions: CompiledCondition[];
}

const MISSING = Symbol('missing');
const own = Object.prototype.hasOwnProperty;

function parsePointer(pointer: string): Segment[] {
  return tokens(pointer).map((key) => ({ key, index: /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : -1 }));
}

/** The value at a JSON pointer, reading own properties only (a `__proto__` key is just a key). */
function at(value: unknown, segments: Segment[]): unknown {
  let node: unknown = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (node === null || typeof node !== 'object') return MISSING;
    if (Array.isArray(node)) {
      if (segment.index < 0 || segment.index >= node.length) return MISSING;
      node = node[segment.index];
    } else {
      if (!own.call(node, segment.key)) return MISSING;
      node = (node as Record<string, unknown>)[segment.key];
    }
  }
  return node;
}

function compileCondition(c: DetectCondition): CompiledCondition {
  const segments = parsePointer(c.pointer);
  let test: CompiledCondition['test'];
  if ('equals' in c) test = (v, present) => present && v === c.equals;
  else if ('in' in c) test = (v, present) => present && c.in.includes(v as never);
  else if ('exists' in c) test = (_v, present) => present === c.exists;
  else {
    const re = new RegExp(c.pattern, 'u');
    test = (v, present) => present && typeof v === 'string' && re.test(v);
  }
  return { segments, test, source: c };
}

function holds(c: CompiledCondition, event: unknown): boolean {
  const v = at(event, c.segments);
  return c.test(v, v !== MISSING);
}

export interface Detector {
  /** The id whose rule matches with the most conditions, or null. */
  detect(event: unknown): string | null;
  /** Every rule, nearest first, with the conditions that fail: for explaining a miss. */
  explain(event: unknown, limit?: number): Candidate[];
}

interface Slot {
  segments: Segment[];
  table: Map<unknown, CompiledRule[]>;
  other: CompiledRule[];
  absent: CompiledRule[];
}

/**
 * The better of the current best and the rules of `group` that hold: more conditions win; on a tie
 * the rule that comes first in the registry, so the result never depends on the event's key order.
 */
function consider(group: CompiledRule[], event: unknown, best: CompiledRule | null): CompiledRule | null {
  for (let i = 0; i < group.length; i++) {
    const rule = group[i]!;
    if (best !== null && (rule.conditions.length < best.conditions.length || (rule.conditions.length === best.conditions.length && rule.order >= best.order))) continue;
    let ok = true;
    for (let j = 0; j < rule.conditions.length && ok; j++) ok = holds(rule.conditions[j]!, event);
    if (ok) best = rule;
  }
  return best;
}

export function createDetector(rules: DetectRule[]): Detector {
  const compiled: CompiledRule[] = rules.map((r, order) => ({ id: r.id, order, conditions: r.conditions.map(compileCondition) }));
  // pointer -> (constant -> rules) for equals/in discriminators; pointer -> rules for the others.
  // Map keys are the constants themselves: "1" and 1 stay distinct, nothing is serialised per event.
  const byValue = new Map<string, Slot>();
  for (const rule of compiled) {
    const first = rule.conditions[0]!;
    let slot = byValue.get(first.source.pointer);
    if (!slot) byValue.set(first.source.pointer, (slot = { segments: first.segments, table: new Map(), other: [], absent: [] }));
    const keys = 'equals' in first.source ? [first.source.equals] : 'in' in first.source ? first.source.in : null;
    if (keys === null) {
      slot.other.push(rule);
      // Only a rule that begins with `exists: false` can match an event without the pointer's top-level key.
      if ('exists' in first.source && first.source.exists === false) slot.absent.push(rule);
    } else for (const key of keys) slot.table.set(key, [...(slot.table.get(key) ?? []), rule]);
  }
  // Slots by the top-level key of their pointer: detection walks the event's own keys (a handful)
  // and looks only under those, so its cost does not grow with the number of rules or pointers.
  const byKey = new Map<string, Slot[]>();
  for (const slot of byValue.values()) {
    const first = slot.segments[0]?.key ?? '';
    byKey.set(first, [...(byKey.get(first) ?? []), slot]);
  }
  const absentSlots = [...byValue.values()].filter((slot) => slot.absent.length > 0);

  function detect(event: unknown): string | null {
    if (event === null || typeof event !== 'object' || Array.isArray(event)) return null;
    let best: CompiledRule | null = null;
    for (const key in event) {
      if (!own.call(event, key)) continue;
      const slots = byKey.get(key);
      if (slots === undefined) continue;
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s]!;
        const v = at(event, slot.segments);
        if (v !== MISSING && (v === null || typeof v !== 'object')) {
          const filed = slot.table.get(v);
          if (filed !== undefined) best = consider(filed, event, best);
        }
        if (slot.other.length > 0) best = consider(slot.other, event, best);
      }
    }
    // Rules that begin with `exists: false` under a key the event lacks.
    for (let s = 0; s < absentSlots.length; s++) {
      const slot = absentSlots[s]!;
      if (!own.call(event, slot.segments[0]?.key ?? '')) best = consider(slot.absent, event, best);
    }
    return best?.id ?? null;
  }

  /** How close a found value is to what a condition expects (0..1): a shared prefix, for near misses like `aws:sqs2`. */
  function closeness(c: DetectCondition, actual: unknown): number {
    if (typeof actual !== 'string') return 0;
    const expected = 'equals' in c ? [c.equals] : 'in' in c ? c.in : [];
    let best = 0;
    for (const e of expected) {
      if (typeof e !== 'string') continue;
      let n = 0;
      while (n < e.length && n < actual.length && e[n] === actual[n]) n++;
      best = Math.max(best, n / Math.max(e.length, actual.length));
    }
    return best;
  }

  function explain(event: unknown, limit = 3): Candidate[] {
    // A rule is near only when the event has something it looks at: a condition that holds, or a
    // value at a pointer it tests (a near miss). Conditions that hold merely because a field is
    // absent (`exists: false`) do not make it a candidate.
    const isAbsence = (c: DetectCondition) => 'exists' in c && c.exists === false;
    return compiled
      .map((rule) => {
        let matched = 0;
        let present = 0;
        let close = 0;
        const failed: FailedCondition[] = [];
        for (const c of rule.conditions) {
          const v = at(event, c.segments);
          const found = v !== MISSING;
          if (c.test(v, found)) {
            matched++;
            if (!isAbsence(c.source)) present++;
            continue;
          }
          if (found && !isAbsence(c.source)) present++;
          close += found ? closeness(c.source, v) : 0;
          failed.push(!found || (v !== null && typeof v === 'object') ? c.source : { ...c.source, actual: v });
        }
        return { id: rule.id, matched, total: rule.conditions.length, failed, present, close };
      })
      .filter((c) => c.present > 0)
      // Nearest first: conditions that hold, plus how close the found values are to the expected ones.
      .sort((a, b) => (b.matched + b.close) / b.total - (a.matched + a.close) / a.total || b.matched - a.matched || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(({ present: _present, close: _close, ...candidate }) => candidate);
  }

  return { detect, explain };
}
