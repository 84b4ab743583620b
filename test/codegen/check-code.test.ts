/**
 * The compiled boolean check in front of every generated validator answers exactly what ajv
 * answers: on small schemas of each construct, and for every id (strict and shape) on its valid and
 * invalid fixtures, its sample, and mutations of the sample (each value replaced by another JSON
 * type, each property removed, an unknown property added).
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { compileCheck, withoutAnyTail } from '../../generator/codegen/stages/check-code.ts';
import { patternFunctionBody } from '../../generator/codegen/stages/pattern-code.ts';
import { bundle } from '../../generator/codegen/refs.ts';
import { createAjv, usesOnly2020 } from '../../generator/codegen/ajv.ts';
import type { JsonObject } from '../../generator/codegen/model.ts';
import { checkFunction, validatorSchemas } from '../support/check.ts';
import { applyPatch, type PatchOp } from '../support/patch.ts';
import { FIXTURES } from '../support/paths.ts';
import { loadRegistry } from '../support/registry.ts';
import { sampleModule } from '../support/samples.ts';

// The generator's ajv configuration; its code unoptimised and refs not inlined, which compiles 2.5x faster and answers the same.
const ajv = createAjv({ inlineRefs: false, code: { optimize: false } });
// The small schemas below leave out what the house rules demand (a `type` beside `minimum`).
const lenient = createAjv({ strictTypes: false, strictRequired: false, inlineRefs: false, code: { optimize: false } });
let schemaCount = 0;
/** ajv's compiled validator for a schema (each under an $id of its own, in one shared instance). */
const ajvFor = (schema: JsonObject, instance = ajv) => instance.compile({ ...schema, $id: `urn:check-code-test:${schemaCount++}` }) as (v: unknown) => boolean;

const Unit = suite('check code: each construct as ajv reads it');

const cases: { schema: JsonObject; values: unknown[] }[] = [
  { schema: { type: ['string', 'null'] }, values: ['a', null, 1, undefined, {}, []] },
  { schema: { type: 'integer', minimum: 1, maximum: 3 }, values: [0, 1, 3, 4, 1.5, NaN, Infinity, '2'] },
  { schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }, values: [0, 0.5, 1, -Infinity] },
  { schema: { minimum: 2 }, values: [1, 2, 'x', null] },
  { schema: { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z😀]+$' }, values: ['a', 'ab', '😀😀', 'abcd', 'aB', 1] },
  { schema: { pattern: '^a' }, values: ['a', 'b', 3] },
  { schema: { type: 'string', pattern: '^arn:aws[a-z-]*:[\\s\\S]*$' }, values: ['arn:aws:s3:::b', 'arn:aws-cn:x:\n\u2028😀', 'arn:aws:', 'arn:aws', 'xarn:aws:', 'arn:aws-US:x'] },
  { schema: { const: 'x' }, values: ['x', 'y', null] },
  { schema: { enum: ['A', 2, null, true] }, values: ['A', 2, null, true, false, 'B'] },
  { schema: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 }, values: [[], ['a'], ['a', 'b', 'c'], [1], {}] },
  { schema: { type: 'array', items: false }, values: [[], [1]] },
  { schema: { type: 'object', required: ['a', 'b-c'], properties: { a: { type: 'string' }, d: false } }, values: [{ a: 'x', 'b-c': 1 }, { a: 'x' }, { a: 1, 'b-c': 1 }, { a: 'x', 'b-c': 1, d: 1 }, [], null] },
  { schema: { type: 'object', properties: { a: {} }, additionalProperties: false }, values: [{}, { a: 1 }, { b: 1 }] },
  { schema: { type: 'object', additionalProperties: { type: 'number' }, minProperties: 1, maxProperties: 2 }, values: [{}, { a: 1 }, { a: 1, b: '2' }, { a: 1, b: 2, c: 3 }] },
  { schema: { required: ['a'], properties: { a: { type: 'string' } } }, values: [{ a: 'x' }, {}, 'not an object', [1]] },
  { schema: { anyOf: [{ type: 'string' }, { type: 'object', required: ['a'] }] }, values: ['x', { a: 1 }, {}, 1] },
  // A branch compiled to one expression: a union type beside a check of one of its types.
  { schema: { anyOf: [{ type: ['string', 'null'], pattern: '^a' }, { type: 'number' }] }, values: ['a', 'b', null, 1, true] },
  { schema: { oneOf: [{ type: 'string' }, { type: 'string', pattern: '^a' }, { type: 'number' }] }, values: ['b', 'a', 1, null] },
  { schema: { not: { type: 'object', required: ['a'], properties: { a: { const: 1 } } } }, values: [{ a: 1 }, { a: 2 }, 1] },
  { schema: { if: { type: 'object', required: ['k'] }, then: { required: ['t'] }, else: { required: ['e'] } }, values: [{ k: 1, t: 1 }, { k: 1 }, { e: 1 }, {}, 'x'] },
  { schema: { if: { properties: { k: { const: 1 } } }, then: { properties: { v: { type: 'array', items: { type: 'string' } } } } }, values: [{ k: 1, v: ['a'] }, { k: 1, v: [1] }, { k: 2, v: [1] }] },
  { schema: { allOf: [{ $ref: '#/$defs/A' }, { type: 'object', required: ['b'] }], $defs: { A: { type: 'object', required: ['a'] } } }, values: [{ a: 1, b: 1 }, { a: 1 }, { b: 1 }] },
  // A key of its own per branch: the check dispatches on the keys the value carries; oneOf still means exactly one.
  {
    schema: {
      $ref: '#/$defs/V',
      $defs: {
        V: {
          oneOf: [
            { type: 'object', required: ['S'], properties: { S: { type: 'string' } } },
            { type: 'object', required: ['N'], properties: { N: { type: 'string', pattern: '^[0-9]+$' } } },
            { type: 'object', required: ['L'], properties: { L: { type: 'array', items: { $ref: '#/$defs/V' } } } },
            { type: 'object', required: ['NULL'], properties: { NULL: { const: true } } },
          ],
        },
      },
    },
    values: [{ S: 'a' }, { N: '1' }, { N: 'x' }, { S: 'a', N: '1' }, { S: 1, N: '1' }, { S: 'a', extra: 1 }, {}, { X: 1 }, { L: [{ S: 'a' }, { N: '2' }] }, { L: [{ S: 'a' }, {}] }, { NULL: true }, { NULL: false }, [], null],
  },
  { schema: { anyOf: [{ type: 'object', required: ['a'] }, { type: 'object', required: ['b'] }, { type: 'object', required: ['c'], properties: { c: { const: 1 } } }] }, values: [{ a: 1 }, { c: 1 }, { c: 2 }, { c: 2, a: 1 }, {}, 'a'] },
];

Unit('agrees with ajv on each construct', () => {
  for (const { schema, values } of cases) {
    const check = checkFunction(schema);
    const reference = ajvFor(schema, lenient);
    for (const value of values) assert.is(check(value), reference(value), `${JSON.stringify(schema)} on ${JSON.stringify(value)}`);
  }
});

Unit('a pattern that ends in "anything" stops at its prefix, unless the tail is escaped or inside a class', () => {
  assert.is(withoutAnyTail('^arn:aws[a-z-]*:[\\s\\S]*$'), '^arn:aws[a-z-]*:');
  assert.is(withoutAnyTail('^a|[\\s\\S]*$'), '^a|');
  for (const kept of ['^a\\[\\s\\S]*$', '^[a[\\s\\S]*$', '^[0-9]+$', '^a[\\s\\S]+$']) assert.is(withoutAnyTail(kept), kept);
});

Unit('ajv reports with its draft-07 class unless a schema has a keyword only 2020-12 has', () => {
  assert.not.ok(usesOnly2020({ type: 'array', items: { $ref: '#/$defs/A' }, $defs: { A: { const: { prefixItems: [] } } } }));
  assert.ok(usesOnly2020({ properties: { a: { type: 'array', prefixItems: [{ type: 'string' }] } } }));
  assert.ok(usesOnly2020({ anyOf: [{ unevaluatedProperties: false }] }));
  assert.ok(usesOnly2020({ items: [{ type: 'string' }] }));
});

Unit('a keyword it does not compile fails the build instead of being ignored', () => {
  assert.throws(() => compileCheck({ type: 'array', uniqueItems: true }), /keyword uniqueItems is not supported/);
  assert.throws(() => compileCheck({ $ref: 'other.json#/$defs/A' }), /does not name a definition/);
});

Unit('deterministic, and never mutates its input', () => {
  const schema = cases[cases.length - 2]!.schema;
  const before = JSON.stringify(schema);
  assert.is(compileCheck(schema), compileCheck(schema));
  assert.is(JSON.stringify(schema), before);
  assert.match(compileCheck(schema), /switch \(/);
});

Unit.run();

// ---

const Registry = suite('check code: every id, strict and shape, agrees with ajv');

/** Each value of `doc` replaced by every other JSON type, each property removed, an unknown property added (in place, restored). */
function* mutations(doc: unknown): Generator<string> {
  const replacements: unknown[] = [null, 1.5, 'x', true, [], {}];
  function* walk(parent: Record<string, unknown> | unknown[], key: string | number, path: string): Generator<string> {
    const original = (parent as Record<string, unknown>)[key];
    for (const r of replacements) {
      (parent as Record<string, unknown>)[key] = r;
      yield `${path} = ${JSON.stringify(r)}`;
    }
    (parent as Record<string, unknown>)[key] = original;
    if (!Array.isArray(parent)) {
      delete parent[key as string];
      yield `${path} removed`;
      parent[key as string] = original;
    }
    if (original !== null && typeof original === 'object') yield* children(original as Record<string, unknown> | unknown[], path);
  }
  function* children(node: Record<string, unknown> | unknown[], path: string): Generator<string> {
    // An array's first item stands for the rest.
    if (Array.isArray(node)) {
      if (node.length > 0) yield* walk(node, 0, `${path}/0`);
      return;
    }
    for (const key of Object.keys(node)) yield* walk(node, key, `${path}/${key}`);
    node['unknownProperty'] = 1;
    yield `${path}/unknownProperty added`;
    delete node['unknownProperty'];
  }
  yield '(as it is)';
  if (doc !== null && typeof doc === 'object') yield* children(doc as Record<string, unknown>, '');
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const filesOf = (kind: 'valid' | 'invalid', id: string) => {
  try {
    return readdirSync(join(FIXTURES, kind, id)).map((f) => join(FIXTURES, kind, id, f));
  } catch {
    return [];
  }
};

Registry('fixtures, samples and mutated samples', async () => {
  const { registry } = await loadRegistry();
  const samples = await sampleModule();
  let compared = 0;
  for (const entry of registry.entries) {
    const values: unknown[] = [...filesOf('valid', entry.id).map(read)];
    for (const f of filesOf('invalid', entry.id)) {
      const spec = read(f) as { base: string; patch: PatchOp[] };
      values.push(applyPatch(read(join(FIXTURES, spec.base)), spec.patch));
    }
    const sample = samples.sample(entry.id);
    const { strict, shape } = await validatorSchemas(entry.id);
    // A schema without value checks is its own shape: compared once.
    const kinds = JSON.stringify(shape) === JSON.stringify(strict) ? { strict } : { strict, shape };
    for (const [kind, schema] of Object.entries(kinds)) {
      const check = checkFunction(schema);
      const reference = ajvFor(schema);
      for (const value of values) {
        assert.is(check(value), reference(value), `${entry.id} ${kind}: ${JSON.stringify(value).slice(0, 200)}`);
        compared++;
      }
      for (const what of mutations(sample)) {
        assert.is(check(sample), reference(sample), `${entry.id} ${kind}: sample with ${what}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 50_000, `${compared} comparisons`);
});

Registry.run();

// ---

const Patterns = suite('pattern code: a pattern compiled to a character loop answers as the RegExp does');

const registryPatterns = async () => {
  const { registry } = await loadRegistry();
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') found.add(withoutAnyTail(v));
      else if (k !== 'const' && k !== 'enum') walk(v);
    }
  };
  for (const e of registry.entries) walk(bundle(registry, e.id));
  return [...found].sort();
};

Patterns('each construct, and what it leaves to RegExp', () => {
  const cases: [string, string[]][] = [
    ['^[0-9]+$', ['', '0', '123', '12a', '123\n', '١٢']],
    ['^[0-9a-f]{2}$', ['ab', 'a', 'abc', 'AB', '0f']],
    ['^arn:aws[a-z-]*:', ['arn:aws:', 'arn:aws-cn:s3', 'arn:aws', 'arn:awsX:', 'xarn:aws:']],
    ['^a\\.b?c{1,2}[\\d_]+$', ['a.c1', 'a.bcc_', 'a.bccc1', 'a.c1_2', 'abc1', 'a.', 'a.c']],
    ['^x[.\\-]-$', ['x.-', 'x--', 'xa-']],
  ];
  for (const [pattern, strings] of cases) {
    const body = patternFunctionBody(pattern);
    assert.ok(body, pattern);
    const loop = new Function('s', body!) as (s: string) => boolean;
    const re = new RegExp(pattern, 'u');
    for (const s of strings) assert.is(loop(s), re.test(s), `${pattern} on ${JSON.stringify(s)}`);
  }
  // Greedy would be wrong, or the construct is not in the subset: these stay RegExps.
  for (const pattern of ['^[a-z]*a$', '^c{1,2}[0-9]*$', '^[a-z]*[0-9]?x$', '^(a|b)$', '^a.c$', '^[^a]$', 'abc$', '^a*?$', '^é$', '^\\w+$']) assert.is(patternFunctionBody(pattern), null, pattern);
});

Patterns('every registry pattern it compiles, on matching strings, their mutations and arbitrary strings', async () => {
  let compiled = 0;
  for (const pattern of await registryPatterns()) {
    const body = patternFunctionBody(pattern);
    if (body === null) continue;
    compiled++;
    const loop = new Function('s', body) as (s: string) => boolean;
    const re = new RegExp(pattern, 'u');
    const strings = fc.oneof(
      fc.stringMatching(re),
      fc.tuple(fc.stringMatching(re), fc.nat(), fc.string({ maxLength: 2 })).map(([s, at, insert]) => s.slice(0, at % (s.length + 1)) + insert + s.slice((at % (s.length + 1)) + 1)),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(fc.property(strings, (s) => loop(s) === re.test(s)), { seed: 20261201, numRuns: 200 });
  }
  assert.ok(compiled >= 20, `${compiled} registry patterns compiled`);
});

Patterns.run();
