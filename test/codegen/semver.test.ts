/**
 * npm run diff: the semver level of each kind of schema change, from the consumer's side, for
 * events (data the user reads) and results (data the user writes), including changes to a shared
 * definition, which are reported against every id that reaches it; and the release gate.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { JsonObject, SourceFile } from '../../generator/codegen/model.ts';
import { buildModel } from '../../generator/codegen/stages/check.ts';
import { SchemaComparison, type Side } from '../../generator/codegen/semver/compare.ts';
import { diffRegistries, requiredLevel } from '../../generator/codegen/semver/diff.ts';
import { changelogSection, insertSection, versionProblem } from '../../generator/codegen/semver/release.ts';

const Semver = suite('semver: what a schema change means for users');

const compare = (side: Side, before: JsonObject, after: JsonObject) => {
  const c = new SchemaComparison('x.y', side, before, after);
  c.compare();
  return c.changes.map((x) => `${x.pointer} ${x.level}: ${x.change}`);
};
const obj = (properties: JsonObject, required: string[] = []): JsonObject => ({ type: 'object', required, properties });
const S = { type: 'string' };

/** [rule, before, after, level for an event, level for a result] */
const RULES: [string, JsonObject, JsonObject, string, string][] = [
  ['a property removed', obj({ a: S, b: S }), obj({ a: S }), 'major', 'major'],
  ['an optional property added', obj({ a: S }), obj({ a: S, b: S }), 'minor', 'minor'],
  ['a required property added', obj({ a: S }), obj({ a: S, b: S }, ['b']), 'major', 'major'],
  ['a property made required', obj({ a: S }), obj({ a: S }, ['a']), 'major', 'major'],
  ['a property made optional', obj({ a: S }, ['a']), obj({ a: S }), 'major', 'minor'],
  ['a type widened (may now be null)', obj({ a: S }), obj({ a: { type: ['string', 'null'] } }), 'major', 'minor'],
  ['a type narrowed', obj({ a: { type: ['string', 'null'] } }), obj({ a: S }), 'major', 'major'],
  ['an enum value added', obj({ a: { enum: ['x'] } }), obj({ a: { enum: ['x', 'y'] } }), 'major', 'minor'],
  ['an enum value removed', obj({ a: { enum: ['x', 'y'] } }), obj({ a: { enum: ['x'] } }), 'major', 'major'],
  ['a pattern added', obj({ a: S }), obj({ a: { type: 'string', pattern: '^x$' } }), 'major', 'major'],
  ['a pattern removed', obj({ a: { type: 'string', pattern: '^x$' } }), obj({ a: S }), 'minor', 'minor'],
  ['a bound tightened', obj({ a: { type: 'integer', minimum: 0 } }), obj({ a: { type: 'integer', minimum: 1 } }), 'major', 'major'],
  ['a bound loosened', obj({ a: { type: 'integer', minimum: 1 } }), obj({ a: { type: 'integer', minimum: 0 } }), 'minor', 'minor'],
  ['a description changed', obj({ a: { type: 'string', description: 'old' } }), obj({ a: { type: 'string', description: 'new' } }), 'patch', 'patch'],
  ['integer widened to number', obj({ a: { type: 'integer' } }), obj({ a: { type: 'number' } }), 'major', 'minor'],
];

for (const [rule, before, after, event, result] of RULES) {
  Semver(`${rule}: ${event} for an event, ${result} for a result`, () => {
    const e = compare('event', before, after);
    const r = compare('result', before, after);
    assert.ok(e.length > 0 && e.every((x) => x.includes(`${event}:`)), `event: ${JSON.stringify(e)}`);
    assert.ok(r.length > 0 && r.every((x) => x.includes(`${result}:`)), `result: ${JSON.stringify(r)}`);
  });
}

Semver('an unchanged schema has no changes, also through refs', () => {
  const s = { ...obj({ a: { $ref: '#/$defs/A' } }), $defs: { A: obj({ b: S }, ['b']) } };
  assert.equal(compare('event', s, structuredClone(s)), []);
});

const file = (path: string, json: JsonObject): SourceFile => ({ path, json: { $schema: 'https://json-schema.org/draft/2020-12/schema', ...json } });
const shared = (required: string[]) => file('_shared/foo.schema.json', { $defs: { FooThing: obj({ a: S, b: S }, required) } });
const idFile = (id: string, extra: JsonObject = {}) =>
  file(`${id.split('.')[0]}/${id.split('.').slice(1).join('.')}.schema.json`, {
    title: id,
    description: id,
    'x-lambda': { id, kind: id.endsWith('.result') ? 'result' : 'event', invocation: 'sync', docs: 'https://docs.aws.amazon.com/x', ...(id.endsWith('.result') ? {} : { detect: [{ pointer: '/kind', equals: id }] }) },
    ...obj({ thing: { $ref: '../_shared/foo.schema.json#/$defs/FooThing' } }),
    ...extra,
  });
const version = (files: SourceFile[]) => ({ registry: buildModel(files).registry, samples: new Map<string, string>() });

Semver('a change in a shared definition is reported against every id that reaches it, in its direction', () => {
  const ids = (r: string[]) => [shared(r), idFile('foo.one'), idFile('foo.two'), idFile('foo.three.result')];
  const changes = diffRegistries(version(ids(['a', 'b'])), version(ids(['a'])));
  assert.equal(
    changes.map((c) => `${c.id} ${c.pointer} ${c.level}`),
    // b made optional: a major change for the events that read it, a minor one for the result that writes it.
    ['foo.one /thing/b major', 'foo.two /thing/b major', 'foo.three.result /thing/b minor'],
  );
  assert.is(requiredLevel(changes), 'major');
});

Semver('ids added are minor, removed are major; a removed detection rule is major', () => {
  const before = [shared([]), idFile('foo.one'), idFile('foo.two')];
  const after = [shared([]), idFile('foo.one', { 'x-lambda': { id: 'foo.one', kind: 'event', invocation: 'sync', docs: 'https://docs.aws.amazon.com/x', detect: false } }), idFile('foo.new')];
  const changes = diffRegistries(version(before), version(after)).map((c) => `${c.id} ${c.change} ${c.level}`);
  assert.ok(changes.includes('foo.two id removed major'), JSON.stringify(changes));
  assert.ok(changes.includes('foo.new id added minor'));
  assert.ok(changes.includes('foo.one detection rule removed major'));
});

Semver('the release gate: the version must cover the changes (a minor bump before 1.0.0 for breaking ones)', () => {
  assert.is(versionProblem('v1.2.3', '1.2.4', 'patch'), null);
  assert.match(versionProblem('v1.2.3', '1.2.4', 'minor') ?? '', 'need a minor release');
  assert.is(versionProblem('v1.2.3', '2.0.0', 'major'), null);
  assert.match(versionProblem('v1.2.3', '1.3.0', 'major') ?? '', 'need a major release');
  assert.is(versionProblem('v0.1.0', '0.2.0', 'major'), null);
  assert.match(versionProblem('v0.1.0', '0.1.1', 'major') ?? '', 'minor before 1.0.0');
  assert.match(versionProblem('v0.1.0', '0.1.0', null) ?? '', 'not greater');
});

Semver('the CHANGELOG section groups changes by level and id, and replaces an unreleased section of the same version', () => {
  const section = changelogSection('0.2.0', [
    { id: 'sqs.batch', pointer: '/Records/*/md5OfBody', change: 'made optional', level: 'major', reason: '' },
    { id: 'foo.new', pointer: '/', change: 'id added', level: 'minor', reason: '' },
  ]);
  assert.match(section, /## 0\.2\.0\n\n### Breaking \(major\)\n\n- `sqs\.batch`: \/Records\/\*\/md5OfBody made optional\n\n### Added and widened \(minor\)\n\n- `foo\.new`: added/);
  const log = '# Changelog\n\nRules.\n\n## 0.2.0 (unreleased)\n\n- draft\n\n## 0.1.0\n\n- first\n';
  const updated = insertSection(log, '0.2.0', section);
  assert.not.match(updated, 'draft');
  assert.match(updated, /## 0\.1\.0\n\n- first/);
  assert.match(insertSection('# Changelog\n\n## 0.1.0\n\n- first\n', '0.2.0', section), /## 0\.2\.0[\s\S]*## 0\.1\.0/);
});

Semver.run();
