/**
 * Simple anchored patterns compiled to a character loop, for the compiled checks (check-code.ts):
 * a RegExp test costs a call into the regex engine each time, which is most of a strict validation
 * of an SQS record (digests, epoch-millisecond strings, ARN prefixes). Only patterns whose greedy,
 * non-backtracking reading is exact compile: `^` then a sequence of ASCII literals and ASCII
 * classes (`[0-9a-f]`, `\d`), each with an optional quantifier, and an optional `$`; a quantifier
 * that varies must be last or be followed by a required atom it cannot match. Anything else
 * (groups, alternation, `.`, negated classes, non-ASCII) stays a RegExp.
 */

/** An atom: the character codes it accepts as inclusive ranges, and how many times. */
interface Atom {
  ranges: [number, number][];
  min: number;
  max: number;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
/** Escapes that stand for themselves (ASCII punctuation), in and out of classes. */
const LITERAL_ESCAPES = new Set([...'.-/\\^$|?*+()[]{}']);

/** The atoms of a pattern, or null when the pattern is outside the subset. */
function parse(pattern: string): { atoms: Atom[]; end: boolean } | null {
  if (!pattern.startsWith('^')) return null;
  let i = 1;
  const atoms: Atom[] = [];
  let end = false;
  const ascii = (c: string) => c.charCodeAt(0) < 128;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    let ranges: [number, number][];
    if (ch === '$') {
      if (i !== pattern.length - 1) return null;
      end = true;
      break;
    } else if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === 'd') ranges = [[48, 57]];
      else if (next !== undefined && LITERAL_ESCAPES.has(next)) ranges = [[next.charCodeAt(0), next.charCodeAt(0)]];
      else return null;
      i += 2;
    } else if (ch === '[') {
      const close = classItems(pattern, i + 1);
      if (!close) return null;
      ranges = close.ranges;
      i = close.next;
    } else if (SPECIAL.has(ch) || !ascii(ch)) return null;
    else {
      ranges = [[ch.charCodeAt(0), ch.charCodeAt(0)]];
      i++;
    }
    const q = quantifier(pattern, i);
    if (!q) return null;
    atoms.push({ ranges, min: q.min, max: q.max });
    i = q.next;
  }
  // Greedy is exact when a varying atom cannot take a character the next atom needs.
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    if (a.min === a.max || k === atoms.length - 1) continue;
    const b = atoms[k + 1]!;
    if (b.min === 0 || overlaps(a.ranges, b.ranges)) return null;
  }
  return { atoms, end };
}

function classItems(pattern: string, start: number): { ranges: [number, number][]; next: number } | null {
  if (pattern[start] === '^' || pattern[start] === ']') return null;
  const ranges: [number, number][] = [];
  let i = start;
  const char = (): number | null => {
    const c = pattern[i];
    if (c === undefined || c.charCodeAt(0) >= 128 || c === '[') return null;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || !LITERAL_ESCAPES.has(next)) return null;
      i += 2;
      return next.charCodeAt(0);
    }
    i++;
    return c.charCodeAt(0);
  };
  while (pattern[i] !== ']') {
    if (pattern[i] === '\\' && pattern[i + 1] === 'd') {
      ranges.push([48, 57]);
      i += 2;
      continue;
    }
    const from = char();
    if (from === null) return null;
    if (pattern[i] === '-' && pattern[i + 1] !== ']' && pattern[i + 1] !== undefined) {
      i++;
      const to = char();
      if (to === null || to < from) return null;
      ranges.push([from, to]);
    } else ranges.push([from, from]);
  }
  return { ranges, next: i + 1 };
}

function quantifier(pattern: string, i: number): { min: number; max: number; next: number } | null {
  const c = pattern[i];
  let q: { min: number; max: number; next: number };
  if (c === '*') q = { min: 0, max: Infinity, next: i + 1 };
  else if (c === '+') q = { min: 1, max: Infinity, next: i + 1 };
  else if (c === '?') q = { min: 0, max: 1, next: i + 1 };
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (max < min) return null;
    q = { min, max, next: i + m[0].length };
  } else return { min: 1, max: 1, next: i };
  // A lazy quantifier (`*?`) reads otherwise.
  return pattern[q.next] === '?' ? null : q;
}

function overlaps(a: [number, number][], b: [number, number][]): boolean {
  return a.some(([lo, hi]) => b.some(([l, h]) => lo <= h && l <= hi));
}

/** The body of `function (s) { … }` testing the pattern as `new RegExp(pattern, "u").test(s)` does, or null when it stays a RegExp. */
export function patternFunctionBody(pattern: string): string | null {
  const parsed = parse(pattern);
  if (!parsed) return null;
  const cond = (ranges: [number, number][]) => ranges.map(([lo, hi]) => (lo === hi ? `c === ${lo}` : `(c >= ${lo} && c <= ${hi})`)).join(' || ');
  const lines = ['let i = 0;', 'let c;'];
  for (const a of parsed.atoms) {
    const test = cond(a.ranges);
    if (a.min === 1 && a.max === 1) lines.push(`c = s.charCodeAt(i);`, `if (!(${test})) return false;`, 'i++;');
    else if (a.min === a.max) lines.push(`for (let n = 0; n < ${a.min}; n++) {`, 'c = s.charCodeAt(i);', `if (!(${test})) return false;`, 'i++;', '}');
    else {
      const bound = a.max === Infinity ? '' : ` && i - start < ${a.max}`;
      lines.push('{', 'const start = i;', `while (i < s.length${bound}) {`, 'c = s.charCodeAt(i);', `if (!(${test})) break;`, 'i++;', '}');
      if (a.min > 0) lines.push(`if (i - start < ${a.min}) return false;`);
      lines.push('}');
    }
  }
  lines.push(parsed.end ? 'return i === s.length;' : 'return true;');
  return lines.join('\n');
}
