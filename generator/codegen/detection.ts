/**
 * Detection compiled to straight-line code (bundled into the package's `detect.js`): the same
 * answer as the rule interpreter (generator/runtime/detector.ts, which keeps `explain`), at a
 * cost that does not grow with the number of rules.
 *
 * The answer is the rule with the most conditions that all hold, the first in the registry on a
 * tie. Rules are ranked in that order (rank 0 wins) and filed under the top-level key of their
 * first condition's pointer (a key group), then under that pointer (a dispatch group), then, for
 * `equals`/`in` discriminators, under the discriminator's value: a map of small functions (one per
 * value) that check the rest of each rule's conditions, best rank first. A single `switch` over
 * hundreds of values is slower at 50x the rules (V8 stops optimising such functions); see bench/.
 *
 * `detect(event)` probes the key groups in order until one holds a rule, then finishes with a
 * plan computed here per rule: the later key groups that hold a rule ranked better and compatible
 * with it (one that can hold on the same event). A short plan is probed directly; a long one (a
 * one-condition rule like `sqs.batch` can be beaten by almost any other) walks the event's own
 * keys instead, which for a record batch is one key.
 */
import type { DetectCondition, DetectRule } from '../runtime/detector.ts';
import { tokens } from '../runtime/pointer.ts';

/** A plan longer than this walks the event's keys instead of probing key groups one by one. */
const MAX_PROBES = 4;
/**
 * A value table with more entries than this is bucketed (valueTable); smaller ones are an `if`
 * chain of `===` (measured with callgrind on Node 20: an S3 event's six-value eventSource table
 * costs 507 instructions per detection through a Map with string keys, 181 as a chain).
 */
const MAX_CHAIN = 8;

type Kind = 'equals' | 'in' | 'exists' | 'pattern';
/** Classified as the interpreter does (`equals` first), so both read a condition the same way. */
const kindOf = (c: DetectCondition): Kind => ('equals' in c ? 'equals' : 'in' in c ? 'in' : 'exists' in c ? 'exists' : 'pattern');
const valuesOf = (c: DetectCondition): unknown[] | null =>
  'equals' in c ? [c.equals] : 'in' in c ? c.in : null;

interface Ranked {
  id: string;
  rank: number;
  conditions: DetectCondition[];
}

/** Whether two conditions on the same pointer can both hold; false only when they cannot (sound, not complete). */
function conditionsAgree(a: DetectCondition, b: DetectCondition): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'exists' || kb === 'exists') {
    const ea = ka === 'exists' ? (a as { exists: boolean }).exists : true;
    const eb = kb === 'exists' ? (b as { exists: boolean }).exists : true;
    return ea === eb;
  }
  const va = valuesOf(a);
  const vb = valuesOf(b);
  if (va && vb) return va.some((x) => vb.includes(x));
  const values = va ?? vb;
  const pattern = new RegExp(((ka === 'pattern' ? a : b) as { pattern: string }).pattern, 'u');
  if (values) return values.some((x) => typeof x === 'string' && pattern.test(x));
  return true;
}

/** Whether some event can satisfy both rules (false only when a pair of their conditions excludes it). */
function compatible(a: Ranked, b: Ranked): boolean {
  for (const x of a.conditions) {
    for (const y of b.conditions) {
      if (x.pointer === y.pointer) {
        if (!conditionsAgree(x, y)) return false;
        continue;
      }
      // Something present below a pointer that must be absent, or below a primitive or a string, cannot be.
      const [outer, inner] = x.pointer.length < y.pointer.length ? [x, y] : [y, x];
      if (!inner.pointer.startsWith(outer.pointer + '/')) continue;
      if (kindOf(inner) === 'exists' && (inner as { exists: boolean }).exists === false) continue;
      const kind = kindOf(outer);
      if (kind === 'exists' ? (outer as { exists: boolean }).exists === false : kind === 'pattern' || valuesOf(outer)!.every((v) => v === null || typeof v !== 'object')) return false;
    }
  }
  return true;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** A key read from a plain object without reaching the prototype: names Object or Array prototypes have go through hasOwnProperty. */
function member(target: string, key: string): string {
  if (key in Object.prototype || key in Array.prototype || key === '__proto__') return `(own.call(${target}, ${JSON.stringify(key)}) && !Array.isArray(${target}) ? ${target}[${JSON.stringify(key)}] : undefined)`;
  return IDENT.test(key) ? `${target}.${key}` : `${target}[${JSON.stringify(key)}]`;
}

/** Code of a function body that returns the value at a pointer below `e` (an object), or undefined. */
function readerBody(pointer: string): string {
  const segments = tokens(pointer);
  if (segments.length === 0) return 'return e;';
  const lines = [`let x = ${member('e', segments[0]!)};`];
  for (const key of segments.slice(1)) {
    lines.push(`if (typeof x !== 'object' || x === null) return undefined;`);
    // An array index (digits, no leading zero) reads an array element or an object's key alike.
    lines.push(/^(0|[1-9][0-9]*)$/.test(key) ? `x = x[${key}];` : `x = ${member('x', key)};`);
  }
  lines.push('return x;');
  return lines.join(' ');
}

/**
 * A literal every match of a pattern contains, as a cheap test before the regular expression:
 * `prefix` when the pattern starts with `^` and a literal, else the longest literal run at the top
 * level (no alternation there). `whole` when the pattern is nothing but `^` and that prefix.
 */
export interface PatternLiteral {
  prefix?: string;
  contains?: string;
  whole: boolean;
  /** `^\\s*X`: the first character is X or could be white space (a code unit up to 32 or from 128). */
  afterSpaces?: string;
}

export function patternLiteral(pattern: string): PatternLiteral {
  const runs: { text: string; start: number }[] = [];
  let run = '';
  let runStart = 0;
  let depth = 0;
  let alternation = false;
  let i = 0;
  const end = () => {
    if (run) runs.push({ text: run, start: runStart });
    run = '';
  };
  while (i < pattern.length) {
    const ch = pattern[i]!;
    let literal: string | null = null;
    let width = 1;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      width = 2;
      // Escapes that take arguments (\x41, \u{...}, \p{...}, \k<name>, backreferences): no literal is claimed.
      if (/^[xucpPk0-9]$/.test(next)) return { whole: false };
      if (/^[\^$\\.*+?()[\]{}|/\-"':,=!<>@#%&~ ]$/.test(next)) literal = next;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      width = j + 1 - i;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) alternation = true;
    else if (!/[\^$.*+?{}|]/.test(ch)) literal = ch;
    const quantified = /^[*+?{]/.test(pattern[i + width] ?? '');
    if (literal !== null && depth === 0 && !quantified) {
      if (!run) runStart = i;
      run += literal;
    } else end();
    i += width;
  }
  end();
  if (alternation || runs.length === 0) return { whole: false };
  const first = runs[0]!;
  const prefix = pattern.startsWith('^') && first.start === 1 ? first.text : undefined;
  const longest = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const whole = prefix !== undefined && runs.length === 1 && onlyLiterals(pattern.slice(1));
  const spaced = pattern.startsWith('^\\s*') && runs.find((r) => r.start === 4);
  return { ...(prefix !== undefined ? { prefix } : { contains: longest.text }), whole, ...(spaced ? { afterSpaces: spaced.text[0]! } : {}) };
}

/** Whether a pattern (after its `^`) is only literal characters and escapes of them. */
const onlyLiterals = (rest: string): boolean => /^(?:[^\\^$.*+?()[\]{}|]|\\[\^$\\.*+?()[\]{}|/\-"':,=!<>@#%&~ ])*$/.test(rest);

class Emitter {
  readonly lines: string[] = [];
  private readonly readers = new Map<string, string>();
  private readonly consts = new Map<string, string>();
  private readonly functions = new Map<string, string>();

  reader(pointer: string): string {
    let name = this.readers.get(pointer);
    if (!name) {
      name = `p${this.readers.size}`;
      this.readers.set(pointer, name);
      this.lines.push(`function ${name}(e) { ${readerBody(pointer)} }`);
    }
    return name;
  }

  constant(code: string): string {
    let name = this.consts.get(code);
    if (!name) {
      name = `c${this.consts.size}`;
      this.consts.set(code, name);
      this.lines.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /** A named function for a body, shared by every place that needs the same body. */
  fn(params: string, body: string): string {
    const key = `${params}|${body}`;
    let name = this.functions.get(key);
    if (!name) {
      name = `f${this.functions.size}`;
      this.functions.set(key, name);
      this.lines.push(`function ${name}(${params}) { ${body} }`);
    }
    return name;
  }

  /** An expression that is true when the condition holds for `e`; may assign the temporary `v`. */
  condition(c: DetectCondition): string {
    const read = `${this.reader(c.pointer)}(e)`;
    switch (kindOf(c)) {
      case 'equals':
        return `${read} === ${JSON.stringify((c as { equals: unknown }).equals)}`;
      case 'in': {
        const values = (c as { in: unknown[] }).in;
        if (values.length <= MAX_CHAIN) return `((v = ${read}) === ${values.map((x) => JSON.stringify(x)).join(` || v === `)})`;
        return `${this.constant(`new Set(${JSON.stringify(values)})`)}.has(${read})`;
      }
      case 'exists':
        return `${read} ${(c as { exists: boolean }).exists ? '!==' : '==='} undefined`;
      case 'pattern': {
        const pattern = (c as { pattern: string }).pattern;
        const literal = patternLiteral(pattern);
        // Cheapest first: a character code, then a literal the match must hold, then the expression.
        const tests: string[] = [];
        if (literal.prefix !== undefined) {
          tests.push(`v.charCodeAt(0) === ${literal.prefix.charCodeAt(0)}`);
          if (literal.prefix.length > 1) tests.push(`v.startsWith(${JSON.stringify(literal.prefix)})`);
        } else {
          if (literal.afterSpaces !== undefined) tests.push(`((c = v.charCodeAt(0)) === ${literal.afterSpaces.charCodeAt(0)} || c <= 32 || c >= 128)`);
          if (literal.contains !== undefined) tests.push(`v.includes(${JSON.stringify(literal.contains)})`);
        }
        if (!literal.whole) tests.push(`${this.constant(`new RegExp(${JSON.stringify(pattern)}, 'u')`)}.test(v)`);
        return `(typeof (v = ${read}) === 'string' && ${tests.join(' && ')})`;
      }
    }
  }

  /** `(e, b) => rank`: the best rank among `rules` (best first) whose `conditions` (minus the first when dispatched) hold, if better than `b`. */
  check(rules: Ranked[], skipFirst: boolean): string {
    const body = rules
      .map((r) => {
        const conditions = (skipFirst ? r.conditions.slice(1) : r.conditions).map((c) => this.condition(c));
        return `if (b <= ${r.rank}) return b; if (${conditions.length > 0 ? conditions.join(' && ') : 'true'}) return ${r.rank};`;
      })
      .join(' ');
    return this.fn('e, b', `let v, c; ${body} return b;`);
  }
}

export interface DetectorOptions {
  /**
   * How a discriminator's value picks its rules: `map` (the default: an `if` chain for a few
   * values, a Map of functions beyond) or `switch` (one `switch` per discriminator, whatever its
   * size; kept to measure against, see bench/run.ts).
   */
  tables?: 'map' | 'switch';
}

/**
 * The code that calls the function filed under the value `v` (a large table): strings are bucketed
 * by a small number made of their length and first and last characters (a Map with number keys,
 * cheap to look up, where one with string keys costs a string hash per event), and each bucket
 * compares whole strings in an `if` chain; other constants (numbers, booleans) are compared directly.
 */
function valueTable(out: Emitter, entries: (readonly [unknown, string])[]): string {
  const buckets = new Map<number, (readonly [string, string])[]>();
  const others: (readonly [unknown, string])[] = [];
  for (const [value, f] of entries) {
    if (typeof value !== 'string') {
      others.push([value, f]);
      continue;
    }
    const key = bucketKey(value);
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push([value, f]);
  }
  const bucketFns = [...buckets].map(
    ([key, list]) => [key, out.fn('v, e, b', `${list.map(([value, f]) => `if (v === ${JSON.stringify(value)}) return ${f}(e, b);`).join(' ')} return b;`)] as const,
  );
  const table = out.constant(`new Map([${bucketFns.map(([key, f]) => `[${key}, ${f}]`).join(', ')}])`);
  const strings = `if (typeof v === 'string' && v.length > 0) { const f = ${table}.get(${BUCKET_KEY_CODE}); if (f !== undefined) b = f(v, e, b); }`;
  return others.length === 0 ? strings : `${strings} else ${others.map(([value, f]) => `if (v === ${JSON.stringify(value)}) b = ${f}(e, b);`).join(' else ')}`;
}

/** A non-empty string's bucket: its length and its first and last UTF-16 code units, as a small integer (collisions only share a bucket). */
const bucketKey = (v: string): number => ((v.length & 0x3fff) << 16) | ((v.charCodeAt(0) << 8) ^ v.charCodeAt(v.length - 1)) & 0xffff;
/** bucketKey as generated code over `v`. */
const BUCKET_KEY_CODE = '((v.length & 0x3fff) << 16) | ((v.charCodeAt(0) << 8) ^ v.charCodeAt(v.length - 1)) & 0xffff';

/** The source of an expression whose value is `detect(event): string | null` for these rules. */
export function detectorSource(rules: DetectRule[], options: DetectorOptions = {}): string {
  const ranked: Ranked[] = rules
    .map((r, order) => ({ r, order }))
    .sort((a, b) => b.r.conditions.length - a.r.conditions.length || a.order - b.order)
    .map(({ r }, rank) => ({ id: r.id, rank, conditions: r.conditions }));
  const out = new Emitter();

  // Key groups in the order detection probes them: the most rules first (EventBridge detail types,
  // record batches). A rule whose first condition is an absence can hold without its key: it goes
  // in a group of its own that is always evaluated.
  const keyOf = (r: Ranked) => {
    const first = r.conditions[0]!;
    const absence = kindOf(first) === 'exists' && (first as { exists: boolean }).exists === false;
    return absence || first.pointer === '' ? null : tokens(first.pointer)[0]!;
  };
  const groups = new Map<string | null, Ranked[]>();
  for (const r of ranked) {
    const key = keyOf(r);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(r);
  }
  const order = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : groups.get(b)!.length - groups.get(a)!.length));

  // One function per key group: (e, b) => the best rank below b among its rules.
  const keyFns: string[] = order.map((key) => {
    const members = groups.get(key)!;
    const byPointer = new Map<string, Ranked[]>();
    for (const r of members) {
      const p = r.conditions[0]!.pointer;
      (byPointer.get(p) ?? byPointer.set(p, []).get(p)!).push(r);
    }
    const steps: string[] = [];
    for (const [pointer, list] of byPointer) {
      const dispatched = list.filter((r) => valuesOf(r.conditions[0]!) !== null);
      const others = list.filter((r) => valuesOf(r.conditions[0]!) === null);
      if (dispatched.length > 0) {
        const byValue = new Map<unknown, Ranked[]>();
        for (const r of dispatched) for (const value of valuesOf(r.conditions[0]!)!) (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(r);
        const entries = [...byValue].map(([value, rs]) => [value, out.check(rs, true)] as const);
        const read = `${out.reader(pointer)}(e)`;
        if (options.tables === 'switch') {
          steps.push(`v = ${read}; if (v !== undefined) switch (v) { ${entries.map(([value, f]) => `case ${JSON.stringify(value)}: b = ${f}(e, b); break;`).join(' ')} }`);
        } else if (entries.length <= MAX_CHAIN) {
          steps.push(`v = ${read}; ${entries.map(([value, f]) => `if (v === ${JSON.stringify(value)}) b = ${f}(e, b);`).join(' else ')}`);
        } else {
          steps.push(`v = ${read}; ${valueTable(out, entries)}`);
        }
      }
      if (others.length > 0) steps.push(`b = ${out.check(others, false)}(e, b);`);
    }
    return out.fn('e, b', `let v; ${steps.join(' ')} return b;`);
  });

  // Per rule: the key groups after its own that may hold a better rule on the same event.
  const position = new Map(order.map((key, i) => [key, i]));
  const plans = new Map<string, string>();
  const planOf: string[] = ranked.map((w) => {
    const from = position.get(keyOf(w))!;
    const later: number[] = [];
    for (let i = from + 1; i < order.length; i++) {
      const members = groups.get(order[i]!)!;
      for (const s of members) {
        if (s.rank >= w.rank) break;
        if (compatible(s, w)) {
          later.push(i);
          break;
        }
      }
    }
    const plan = later.length > MAX_PROBES ? 'walk' : later.map((i) => keyFns[i]).join(', ');
    if (!plans.has(plan)) plans.set(plan, plan === 'walk' ? '0' : out.constant(`[${plan}]`));
    return plans.get(plan)!;
  });

  const keyed = order.map((key, i) => ({ key, fn: keyFns[i]! })).filter((k) => k.key !== null);
  const always = order.includes(null) ? keyFns[order.indexOf(null)] : undefined;
  const byKey = out.constant(`new Map([${keyed.map((k) => `[${JSON.stringify(k.key)}, ${k.fn}]`).join(', ')}])`);
  out.lines.push(`const IDS = ${JSON.stringify(ranked.map((r) => r.id))};`);
  out.lines.push(`const PLAN = [${planOf.join(', ')}];`);
  out.lines.push(
    `function finish(e, w, self) {
  const plan = PLAN[w];
  if (plan === 0) {
    for (const k in e) { const f = ${byKey}.get(k); if (f !== undefined && f !== self) w = f(e, w); }${always ? `\n    if (self !== ${always}) w = ${always}(e, w);` : ''}
  } else for (let i = 0; i < plan.length; i++) w = plan[i](e, w);
  return IDS[w];
}`,
  );
  const none = ranked.length;
  const probes = order.map((key, i) => {
    const fn = keyFns[i]!;
    const guard = key === null ? '' : `if (${member('e', key)} !== undefined) `;
    return `  ${guard}{ w = ${fn}(e, ${none}); if (w !== ${none}) return finish(e, w, ${fn}); }`;
  });
  return `(() => {
const own = Object.prototype.hasOwnProperty;
${out.lines.join('\n')}
return function detect(e) {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
  let w;
${probes.join('\n')}
  return null;
};
})()`;
}
