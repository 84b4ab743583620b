/**
 * The fast path of a generated validator: a bundled schema compiled to a plain boolean check, with
 * no error objects, no instance paths and no per-call options, for the subset of JSON Schema
 * 2020-12 the registry uses. It answers exactly what ajv answers (test/codegen/check-code.test.ts
 * compares the two on every fixture, sample and fuzzed variant); when it says no, the module runs
 * ajv's standalone code to say why, so `validate.errors` stays ajv's own.
 *
 * Each `$defs` entry a `$ref` reaches becomes one function (so recursion works); each branch of an
 * anyOf/oneOf/not/if that is not a single expression becomes one function. A oneOf/anyOf whose
 * branches each demand an object with a key of their own (DynamoDB's AttributeValue) dispatches on
 * the keys the value carries instead of trying every branch. Simple anchored patterns become
 * character loops (pattern-code.ts); the rest stay RegExps, as ajv builds them (flag `u`).
 */
import type { JsonObject, JsonValue } from '../model.ts';
import { patternFunctionBody } from './pattern-code.ts';

/** Keywords that never change what is valid. */
const IGNORED = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default', 'deprecated', 'x-lambda', 'tsType', 'then', 'else']);
/** Keywords that only apply to one JSON type, as ajv groups them. */
const GROUPS: Record<'number' | 'string' | 'array' | 'object', string[]> = {
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'],
  string: ['pattern', 'minLength', 'maxLength'],
  array: ['items', 'minItems', 'maxItems'],
  object: ['required', 'properties', 'additionalProperties', 'minProperties', 'maxProperties'],
};
const UNTYPED = ['type', '$ref', 'const', 'enum', 'allOf', 'anyOf', 'oneOf', 'not', 'if'];
const SUPPORTED = new Set([...IGNORED, ...UNTYPED, ...Object.values(GROUPS).flat()]);

/** A check as an expression of the value (must be true), or as statements that `return false` when it fails. */
type Check = { expr: string } | { stmts: string };

const HOLE = '\u0000';
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const prop = (v: string, key: string) => (IDENT.test(key) ? `${v}.${key}` : `${v}[${JSON.stringify(key)}]`);

/** The condition ajv's type check uses (`strictNumbers`: finite numbers only). */
function typeTest(type: string, v: string): string {
  switch (type) {
    case 'string': return `typeof ${v} === "string"`;
    case 'boolean': return `typeof ${v} === "boolean"`;
    case 'null': return `${v} === null`;
    case 'number': return `(typeof ${v} === "number" && isFinite(${v}))`;
    case 'integer': return `(typeof ${v} === "number" && !(${v} % 1) && !isNaN(${v}) && isFinite(${v}))`;
    case 'array': return `Array.isArray(${v})`;
    case 'object': return `(${v} !== null && typeof ${v} === "object" && !Array.isArray(${v}))`;
    default: throw new Error(`check-code: unknown type ${JSON.stringify(type)}`);
  }
}

const ANY_TAIL = '[\\s\\S]*$';

/**
 * A pattern ending in `[\s\S]*$` (an ARN's "anything after the prefix") tests the same without it,
 * since that tail matches whatever follows (JavaScript's `$` without the m flag is the end of the
 * input), and the regex then stops at the prefix instead of scanning the rest of the string. Kept
 * when the tail is escaped or sits inside a character class.
 */
export function withoutAnyTail(pattern: string): string {
  if (!pattern.endsWith(ANY_TAIL)) return pattern;
  const head = pattern.slice(0, -ANY_TAIL.length);
  let inClass = false;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === '\\') i++;
    else if (head[i] === '[') inClass = true;
    else if (head[i] === ']') inClass = false;
  }
  // An escape left open (a trailing backslash) or an open class means the tail is not what it seems.
  const trailingBackslashes = /\\*$/.exec(head)![0].length;
  return inClass || trailingBackslashes % 2 === 1 ? pattern : head;
}

const isObject = (n: JsonValue): n is JsonObject => n !== null && typeof n === 'object' && !Array.isArray(n);

/**
 * Compiles one bundled schema (refs of the form `#/$defs/Name`) to a script that defines
 * `check(value): boolean`; it calls `ucs2length` (string length in code points) when `needsLength`.
 */
export function compileCheckScript(root: JsonObject): { script: string; needsLength: boolean } {
  const defs: JsonObject = isObject(root.$defs ?? null) ? (root.$defs as JsonObject) : {};
  const functions: string[] = [];
  const defCode = new Map<string, { name: string; inline: string | null; recursive: boolean; done?: boolean }>();
  const patterns = new Map<string, { name: string; body: string | null }>();
  let vars = 0;
  let branches = 0;
  let needsLength = false;

  const fresh = () => `v${vars++}`;
  const toStmts = (checks: Check[]) => checks.map((c) => ('expr' in c ? `if (!(${c.expr})) return false;` : c.stmts)).join('\n');
  const asExpr = (checks: Check[]): string | null =>
    checks.every((c) => 'expr' in c) ? (checks.length === 0 ? 'true' : checks.map((c) => (c as { expr: string }).expr).join(' && ')) : null;

  /**
   * A test of a subschema as an expression of any variable: inline when the subschema compiles to
   * one expression, else a call of a function compiled once. Compiled against a placeholder (a NUL
   * character, which JSON.stringify always escapes, so it cannot occur in generated literals).
   */
  const predicate = (node: JsonValue): ((v: string) => string) => {
    const checks = compile(node, HOLE);
    const expr = asExpr(checks);
    if (expr !== null) return (v: string) => `(${expr.split(HOLE).join(v)})`;
    const name = `b${branches++}`;
    functions.push(`function ${name}(x) {\n${toStmts(checks).split(HOLE).join('x')}\nreturn true;\n}`);
    return (v: string) => `${name}(${v})`;
  };

  /**
   * A test of a definition: inline when it compiles to one expression and does not refer to itself,
   * else a call of its function (compiled once, so recursion works).
   */
  const defTest = (ref: string, v: string): string => {
    const m = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(ref);
    if (!m || !Object.hasOwn(defs, m[1]!)) throw new Error(`check-code: $ref ${ref} does not name a definition of the bundled schema`);
    const def = m[1]!;
    let compiled = defCode.get(def);
    if (!compiled) {
      compiled = { name: `d_${def}`, inline: null, recursive: false };
      defCode.set(def, compiled);
      const slot = functions.length;
      functions.push('');
      const checks = compile(defs[def]!, HOLE);
      const expr = asExpr(checks);
      if (expr !== null && !compiled.recursive) {
        compiled.inline = expr; // its slot stays empty
      } else functions[slot] = `function ${compiled.name}(x) {\n${toStmts(checks).split(HOLE).join('x')}\nreturn true;\n}`;
      compiled.done = true;
    }
    if (!compiled.done) compiled.recursive = true;
    return compiled.inline !== null ? `(${compiled.inline.split(HOLE).join(v)})` : `${compiled.name}(${v})`;
  };

  /** A test of a pattern: a character loop when it is simple enough (pattern-code.ts), else a RegExp's `test`. */
  const patternTest = (pattern: string, v: string) => {
    const source = withoutAnyTail(pattern);
    if (!patterns.has(source)) patterns.set(source, { name: `p${patterns.size}`, body: patternFunctionBody(source) });
    const { name, body } = patterns.get(source)!;
    return body === null ? `${name}.test(${v})` : `${name}(${v})`;
  };

  /**
   * Key each branch demands of an object value (it is `type: "object"` and requires the key), when
   * every branch has a key of its own (and there are three or more: two are as cheap to try). Keys
   * an object inherits from Object.prototype never qualify: every object "has" them.
   */
  const dispatchKeys = (alternatives: JsonValue[]): string[] | null => {
    const keys: string[] = [];
    for (const b of alternatives) {
      if (!isObject(b) || b.type !== 'object' || !Array.isArray(b.required)) return null;
      const own = (b.required as string[]).find((k) => !(k in Object.prototype));
      if (own === undefined) return null;
      keys.push(own);
    }
    return new Set(keys).size === keys.length && alternatives.length > 2 ? keys : null;
  };

  function compile(node: JsonValue, v: string): Check[] {
    if (node === true) return [];
    if (node === false) return [{ expr: 'false' }];
    if (!isObject(node)) throw new Error(`check-code: a schema must be an object or a boolean, got ${JSON.stringify(node)}`);
    for (const k of Object.keys(node)) if (!SUPPORTED.has(k)) throw new Error(`check-code: keyword ${k} is not supported; add it to generator/codegen/stages/check-code.ts`);
    if (node.then !== undefined || node.else !== undefined) {
      if (node.if === undefined) throw new Error('check-code: then/else without if');
    }
    const out: Check[] = [];
    const types = node.type === undefined ? [] : Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
    if (types.length > 0) out.push({ expr: types.length === 1 ? typeTest(types[0]!, v) : `(${types.map((t) => typeTest(t, v)).join(' || ')})` });
    if (typeof node.$ref === 'string') out.push({ expr: defTest(node.$ref, v) });
    if ('const' in node) out.push({ expr: `${v} === ${JSON.stringify(node.const)}` });
    if (Array.isArray(node.enum)) {
      if (node.enum.some((e) => e !== null && typeof e === 'object')) throw new Error('check-code: enum of objects or arrays is not supported');
      out.push({ expr: node.enum.length === 0 ? 'false' : `(${node.enum.map((e) => `${v} === ${JSON.stringify(e)}`).join(' || ')})` });
    }
    // Type-specific keywords: gated by the type unless `type` already settled it.
    for (const [group, keywords] of Object.entries(GROUPS) as [keyof typeof GROUPS, string[]][]) {
      if (!keywords.some((k) => k in node)) continue;
      const checks = group === 'number' ? numberChecks(node, v) : group === 'string' ? stringChecks(node, v) : group === 'array' ? arrayChecks(node, v) : objectChecks(node, v);
      if (checks.length === 0) continue;
      const settled = types.length === 1 && (types[0] === group || (group === 'number' && types[0] === 'integer'));
      if (settled) out.push(...checks);
      else {
        const gate = group === 'number' ? typeTest('number', v) : typeTest(group, v);
        const expr = asExpr(checks);
        out.push(expr !== null ? { expr: `(!(${gate}) || (${expr}))` } : { stmts: `if (${gate}) {\n${toStmts(checks)}\n}` });
      }
    }
    if (Array.isArray(node.allOf)) for (const sub of node.allOf) out.push(...compile(sub, v));
    if (Array.isArray(node.anyOf)) out.push(...alternatives(node.anyOf, v, 'anyOf'));
    if (Array.isArray(node.oneOf)) out.push(...alternatives(node.oneOf, v, 'oneOf'));
    if (node.not !== undefined) out.push({ expr: `!${predicate(node.not)(v)}` });
    if (node.if !== undefined && (node.then !== undefined || node.else !== undefined)) {
      const cond = predicate(node.if)(v);
      const then = node.then === undefined ? [] : compile(node.then, v);
      const otherwise = node.else === undefined ? [] : compile(node.else, v);
      const te = asExpr(then);
      const ee = asExpr(otherwise);
      if (te !== null && ee !== null) out.push({ expr: `(${cond} ? ${te} : ${ee})` });
      else out.push({ stmts: `if (${cond}) {\n${toStmts(then)}\n} else {\n${toStmts(otherwise)}\n}` });
    }
    return out;
  }

  function alternatives(list: JsonValue[], v: string, keyword: 'anyOf' | 'oneOf'): Check[] {
    const keys = dispatchKeys(list);
    if (keys) {
      // Each branch fails unless the value is an object carrying its key: only the branches whose key the value carries can pass.
      const tests = list.map((b) => predicate(b));
      const n = fresh();
      const k = fresh();
      const cases = keys.map((key, i) => `case ${JSON.stringify(key)}: if (${tests[i]!(v)}) ${n}++; break;`).join('\n');
      const verdict = keyword === 'oneOf' ? `${n} !== 1` : `${n} === 0`;
      return [
        {
          stmts: `if (!(${typeTest('object', v)})) return false;\n{\nlet ${n} = 0;\nfor (const ${k} in ${v}) {\nswitch (${k}) {\n${cases}\n}\n}\nif (${verdict}) return false;\n}`,
        },
      ];
    }
    const tests = list.map((b) => predicate(b)(v));
    if (keyword === 'anyOf') return [{ expr: `(${tests.join(' || ')})` }];
    const n = fresh();
    return [{ stmts: `{\nlet ${n} = 0;\n${tests.map((t) => `if (${t} && ++${n} > 1) return false;`).join('\n')}\nif (${n} !== 1) return false;\n}` }];
  }

  function numberChecks(node: JsonObject, v: string): Check[] {
    const out: Check[] = [];
    if (typeof node.minimum === 'number') out.push({ expr: `${v} >= ${node.minimum}` });
    if (typeof node.maximum === 'number') out.push({ expr: `${v} <= ${node.maximum}` });
    if (typeof node.exclusiveMinimum === 'number') out.push({ expr: `${v} > ${node.exclusiveMinimum}` });
    if (typeof node.exclusiveMaximum === 'number') out.push({ expr: `${v} < ${node.exclusiveMaximum}` });
    return out;
  }

  function stringChecks(node: JsonObject, v: string): Check[] {
    const out: Check[] = [];
    if (typeof node.minLength === 'number' || typeof node.maxLength === 'number') needsLength = true;
    // ajv counts code points (a surrogate pair is one character).
    if (typeof node.minLength === 'number') out.push({ expr: `ucs2length(${v}) >= ${node.minLength}` });
    if (typeof node.maxLength === 'number') out.push({ expr: `ucs2length(${v}) <= ${node.maxLength}` });
    if (typeof node.pattern === 'string') out.push({ expr: patternTest(node.pattern, v) });
    return out;
  }

  function arrayChecks(node: JsonObject, v: string): Check[] {
    const out: Check[] = [];
    if (typeof node.minItems === 'number') out.push({ expr: `${v}.length >= ${node.minItems}` });
    if (typeof node.maxItems === 'number') out.push({ expr: `${v}.length <= ${node.maxItems}` });
    if (node.items === false) out.push({ expr: `${v}.length === 0` });
    else if (node.items !== undefined && node.items !== true) {
      const item = fresh();
      const i = fresh();
      const body = compile(node.items, item);
      if (body.length > 0) out.push({ stmts: `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\nconst ${item} = ${v}[${i}];\n${toStmts(body)}\n}` });
    }
    return out;
  }

  function objectChecks(node: JsonObject, v: string): Check[] {
    const out: Check[] = [];
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    const properties: JsonObject = isObject(node.properties ?? null) ? (node.properties as JsonObject) : {};
    for (const key of required) if (!(key in properties)) out.push({ expr: `${prop(v, key)} !== undefined` });
    for (const [key, sub] of Object.entries(properties)) {
      const value = fresh();
      const body = compile(sub, value);
      if (body.length === 0) {
        if (required.has(key)) out.push({ expr: `${prop(v, key)} !== undefined` });
        continue;
      }
      const head = `const ${value} = ${prop(v, key)};`;
      out.push({
        stmts: required.has(key)
          ? `{\n${head}\nif (${value} === undefined) return false;\n${toStmts(body)}\n}`
          : `{\n${head}\nif (${value} !== undefined) {\n${toStmts(body)}\n}\n}`,
      });
    }
    const extra = node.additionalProperties;
    if (extra !== undefined && extra !== true) {
      const k = fresh();
      const known = Object.keys(properties);
      const isKnown = known.length === 0 ? 'false' : known.map((p) => `${k} === ${JSON.stringify(p)}`).join(' || ');
      if (extra === false) out.push({ stmts: `for (const ${k} in ${v}) {\nif (!(${isKnown})) return false;\n}` });
      else {
        const value = fresh();
        const body = compile(extra, value);
        if (body.length > 0)
          out.push({ stmts: `for (const ${k} in ${v}) {\n${known.length > 0 ? `if (${isKnown}) continue;\n` : ''}const ${value} = ${v}[${k}];\n${toStmts(body)}\n}` });
      }
    }
    if (typeof node.minProperties === 'number') out.push({ expr: `Object.keys(${v}).length >= ${node.minProperties}` });
    if (typeof node.maxProperties === 'number') out.push({ expr: `Object.keys(${v}).length <= ${node.maxProperties}` });
    return out;
  }

  const body = toStmts(compile(root, 'x'));
  const lines: string[] = [];
  for (const [source, { name, body }] of patterns)
    lines.push(body === null ? `const ${name} = new RegExp(${JSON.stringify(source)}, "u");` : `// ${JSON.stringify(source)}\nfunction ${name}(s) {\n${body}\n}`);
  lines.push(...functions.filter((f) => f !== ''));
  lines.push(`function check(x) {\n${body}\nreturn true;\n}`);
  return { script: lines.join('\n') + '\n', needsLength };
}

/** An ES module exporting `check(value): boolean` for a bundled schema (ajv's ucs2length imported when a length is checked). */
export function compileCheck(root: JsonObject): string {
  const { script, needsLength } = compileCheckScript(root);
  return `${needsLength ? 'import ucs2length from "ajv/dist/runtime/ucs2length";\n' : ''}${script}export { check };\n`;
}
