/**
 * Source detection from the registry's rules, shipped in the generated package as `detect.js`.
 * Rules are filed under their first condition (the discriminator), so detecting an event reads a
 * handful of discriminator pointers and checks only the rules filed under the values found there,
 * never every rule and never a validator.
 */

export type DetectCondition =
  | { pointer: string; equals: string | number | boolean }
  | { pointer: string; in: (string | number | boolean)[] }
  | { pointer: string; exists: boolean }
  | { pointer: string; pattern: string };

export interface DetectRule {
  id: string;
  conditions: DetectCondition[];
}

export interface Candidate {
  id: string;
  /** How many of the rule's conditions hold. */
  matched: number;
  total: number;
  /** The conditions that do not hold. */
  failed: DetectCondition[];
}

interface CompiledCondition {
  segments: string[];
  test: (value: unknown, present: boolean) => boolean;
  source: DetectCondition;
}

interface CompiledRule {
  id: string;
  conditions: CompiledCondition[];
}

const MISSING = Symbol('missing');
const own = Object.prototype.hasOwnProperty;

function parsePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer, reading own properties only (a `__proto__` key is just a key). */
function at(value: unknown, segments: string[]): unknown {
  let node: unknown = value;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return MISSING;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(segment)) return MISSING;
      const index = Number(segment);
      if (index >= node.length) return MISSING;
      node = node[index];
    } else {
      if (!own.call(node, segment)) return MISSING;
      node = (node as Record<string, unknown>)[segment];
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

export function createDetector(rules: DetectRule[]): Detector {
  const compiled: CompiledRule[] = rules.map((r) => ({ id: r.id, conditions: r.conditions.map(compileCondition) }));
  // pointer -> (JSON of constant -> rules) for equals/in discriminators; pointer -> rules for the others.
  const byValue = new Map<string, { segments: string[]; table: Map<string, CompiledRule[]>; other: CompiledRule[] }>();
  for (const rule of compiled) {
    const first = rule.conditions[0]!;
    let slot = byValue.get(first.source.pointer);
    if (!slot) byValue.set(first.source.pointer, (slot = { segments: first.segments, table: new Map(), other: [] }));
    const keys = 'equals' in first.source ? [first.source.equals] : 'in' in first.source ? first.source.in : null;
    if (keys === null) slot.other.push(rule);
    else
      for (const key of keys) {
        const k = JSON.stringify(key);
        slot.table.set(k, [...(slot.table.get(k) ?? []), rule]);
      }
  }
  const slots = [...byValue.values()];

  function detect(event: unknown): string | null {
    let best: CompiledRule | null = null;
    for (const slot of slots) {
      const v = at(event, slot.segments);
      const filed = v === MISSING || (v !== null && typeof v === 'object') ? undefined : slot.table.get(JSON.stringify(v));
      for (const group of filed ? [filed, slot.other] : [slot.other]) {
        for (const rule of group) {
          if ((best === null || rule.conditions.length > best.conditions.length) && rule.conditions.every((c) => holds(c, event))) best = rule;
        }
      }
    }
    return best?.id ?? null;
  }

  function explain(event: unknown, limit = 3): Candidate[] {
    // A rule is near only when something it looks for is there: conditions that hold merely
    // because a field is absent (`exists: false`) do not make it a candidate.
    const isAbsence = (c: DetectCondition) => 'exists' in c && c.exists === false;
    return compiled
      .map((rule) => {
        const held = rule.conditions.filter((c) => holds(c, event));
        const failed = rule.conditions.filter((c) => !held.includes(c)).map((c) => c.source);
        return { id: rule.id, matched: held.length, total: rule.conditions.length, failed, present: held.filter((c) => !isAbsence(c.source)).length };
      })
      .filter((c) => c.present > 0)
      .map(({ present: _present, ...candidate }) => candidate)
      .sort((a, b) => b.matched / b.total - a.matched / a.total || b.matched - a.matched || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  return { detect, explain };
}
