import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { check, rules } from '../../generator/codegen/stages/check.ts';
import type { JsonObject, SourceFile } from '../../generator/codegen/model.ts';
import type { Code } from '../../generator/codegen/diagnostics.ts';

const S = 'https://json-schema.org/draft/2020-12/schema';
const shared: SourceFile = {
  path: '_shared/aws.schema.json',
  json: { $schema: S, $defs: { Arn: { type: 'string', pattern: '^arn:.*$' } } },
};
function event(id: string, extra: JsonObject = {}, meta: JsonObject = {}): SourceFile {
  const [service, ...rest] = id.split('.');
  return {
    path: `${service}/${rest.join('.')}.schema.json`,
    json: {
      $schema: S,
      title: 'T',
      description: 'D',
      'x-lambda': {
        id,
        kind: id.endsWith('.result') ? 'result' : 'event',
        invocation: 'async',
        docs: 'https://docs.aws.amazon.com/x',
        ...(id.endsWith('.result') ? {} : { detect: [{ pointer: '/source', equals: id }] }),
        ...meta,
      },
      type: 'object',
      properties: {},
      ...extra,
    },
  };
}
const codes = (files: SourceFile[]) => check(files).diagnostics.map((d) => d.code);

const Check = suite('check: the house rules of schemas/README.md');

Check('a well-formed registry has no diagnostics', () => {
  const ok = event('foo.bar', { properties: { arn: { $ref: '../_shared/aws.schema.json#/$defs/Arn' } } });
  assert.equal(codes([shared, ok]), []);
});

Check('every rule is documented by a sentence and has a failing fixture below', () => {
  for (const sentence of rules.keys()) assert.match(sentence, /^[A-Z].{20,}/);
  const failing = new Set(cases.map(([, , , code]) => code));
  const ruleCodes = ['E_HAS_ID', 'E_REF_UNRESOLVED', 'E_NO_ADDITIONAL_FALSE', 'E_OPEN_OBJECT', 'E_FORMAT', 'E_RESULT_PAIR', 'E_CARRIES', 'E_DETECT_DUPLICATE', 'E_DETECT_GREEDY', 'E_DEF_SHADOWS_TYPE', 'E_REF_SPELLING', 'E_DEF_NOT_SHARED', 'E_FILE_FORMAT', 'E_PATTERN_ANCHOR', 'E_DETECT_CONST', 'E_AJV_STRICT', 'E_XLAMBDA'];
  assert.equal(ruleCodes.filter((c) => !failing.has(c as Code)), []);
  assert.is(rules.size, 16, 'a new rule needs its code in the list above and a failing and a passing fixture');
});

const ref = (r: string) => ({ properties: { arn: { $ref: r } } });
const formatted = (f: SourceFile): SourceFile => ({ ...f, text: JSON.stringify(f.json, null, 2) + '\n' });

/** [rule, files that break it, the nearest files that keep it, the code]: each rule fails on the first and passes on the second. */
const cases: [string, SourceFile[], SourceFile[], Code][] = [
  ['x-lambda.id must match the path', [{ ...event('foo.bar'), path: 'foo/baz.schema.json' }], [event('foo.bar')], 'E_META_ID'],
  ['kind must fit the id', [event('foo.bar', {}, { kind: 'result' })], [event('foo.bar', {}, { kind: 'event' })], 'E_META_KIND'],
  ['docs must be AWS documentation', [event('foo.bar', {}, { docs: 'https://example.com' })], [event('foo.bar')], 'E_DOCS_LINK'],
  ['x-lambda conforms to its meta-schema', [event('foo.bar', {}, { detcet: [] })], [event('foo.bar')], 'E_XLAMBDA'],
  ['no $id in sources', [event('foo.bar', { $id: 'x' })], [event('foo.bar')], 'E_HAS_ID'],
  ['refs name definitions', [shared, event('foo.bar', ref('../_shared/aws.schema.json#/properties/x'))], [shared, event('foo.bar', ref('../_shared/aws.schema.json#/$defs/Arn'))], 'E_REF_SHAPE'],
  ['refs resolve', [shared, event('foo.bar', ref('../_shared/aws.schema.json#/$defs/Nope'))], [shared, event('foo.bar', ref('../_shared/aws.schema.json#/$defs/Arn'))], 'E_REF_UNRESOLVED'],
  ['no network refs', [event('foo.bar', ref('https://example.com/x.json#/$defs/A'))], [shared, event('foo.bar', ref('../_shared/aws.schema.json#/$defs/Arn'))], 'E_REF_SHAPE'],
  ['refs have one spelling', [shared, event('foo.bar', ref('../_shared/./aws.schema.json#/$defs/Arn'))], [shared, event('foo.bar', ref('../_shared/aws.schema.json#/$defs/Arn'))], 'E_REF_SPELLING'],
  [
    'a definition another file uses lives in _shared',
    [event('foo.bar', { $defs: { FooShape: { type: 'string' } } }), event('foo.baz', ref('../foo/bar.schema.json#/$defs/FooShape'))],
    [event('foo.bar', { $defs: { FooShape: { type: 'string' } } }), event('foo.baz', ref('#/$defs/FooOwn'))].map((f, i) => (i === 1 ? { ...f, json: { ...f.json, $defs: { FooOwn: { type: 'string' } } } } : f)),
    'E_DEF_NOT_SHARED',
  ],
  ['schema files are formatted', [{ ...event('foo.bar'), text: '{"a":1}' }], [formatted(event('foo.bar'))], 'E_FILE_FORMAT'],
  ['patterns are anchored', [event('foo.bar', { properties: { a: { type: 'string', pattern: '^arn:' } } })], [event('foo.bar', { properties: { a: { type: 'string', pattern: '^arn:.*$' } } })], 'E_PATTERN_ANCHOR'],
  [
    "a detection constant is one the schema allows",
    [event('foo.bar', { required: ['source'], properties: { source: { const: 'aws.foo' } } }, { detect: [{ pointer: '/source', equals: 'aws.fooo' }] })],
    [event('foo.bar', { required: ['source'], properties: { source: { const: 'aws.foo' } } }, { detect: [{ pointer: '/source', equals: 'aws.foo' }] })],
    'E_DETECT_CONST',
  ],
  ['definition names are PascalCase', [event('foo.bar', { $defs: { bad_name: { type: 'string' } } })], [event('foo.bar', { $defs: { GoodName: { type: 'string' } } })], 'E_DEF_NAME'],
  ['definition names are unique', [shared, event('foo.bar', { $defs: { Arn: { type: 'string' } } })], [shared, event('foo.bar', { $defs: { FooArn: { type: 'string' } } })], 'E_DEF_DUPLICATE'],
  ['definitions do not take an id type name', [event('foo.bar', { $defs: { FooBarEvent: { type: 'string' } } })], [event('foo.bar', { $defs: { FooBarShape: { type: 'string' } } })], 'E_DEF_SHADOWS_TYPE'],
  ['validators tolerate unknown properties', [event('foo.bar', { additionalProperties: false })], [event('foo.bar')], 'E_NO_ADDITIONAL_FALSE'],
  ['objects without properties say what their values are', [event('foo.bar', { properties: { a: { type: 'object' } } })], [event('foo.bar', { properties: { a: { type: 'object', additionalProperties: { type: 'string' } } } })], 'E_OPEN_OBJECT'],
  ['an event names its own result when the registry has one', [event('foo.bar'), event('foo.bar.result')], [event('foo.bar', {}, { result: 'foo.bar.result' }), event('foo.bar.result')], 'E_RESULT_PAIR'],
  ['results exist', [event('foo.bar', {}, { result: 'foo.bar.result' })], [event('foo.bar', {}, { result: 'foo.bar.result' }), event('foo.bar.result')], 'E_RESULT_UNKNOWN'],
  ['carried payloads name existing ids', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'], id: 'foo.nope' }] })], [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'], id: 'foo.bar' }] })], 'E_CARRIES'],
  ['carried payloads decode to JSON', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['base64'], id: 'foo.bar' }] })], [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['base64', 'json'], id: 'foo.bar' }] })], 'E_CARRIES'],
  ['carried payloads name an id or a definition, not both', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'] }] })], [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'], id: 'foo.bar' }] })], 'E_CARRIES'],
  ['results have no detection rule', [event('foo.bar.result', {}, { detect: [{ pointer: '/a', exists: true }] })], [event('foo.bar.result')], 'E_DETECT_RESULT'],
  ['events have a detection rule', [event('foo.bar', {}, { detect: undefined as never })], [event('foo.bar', {}, { detect: false })], 'E_DETECT_RULE'],
  ['detection conditions have one test', [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1, exists: true }] })], [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1 }] })], 'E_DETECT_RULE'],
  ['detection patterns compile', [event('foo.bar', {}, { detect: [{ pointer: '/a', pattern: '(' }] })], [event('foo.bar', {}, { detect: [{ pointer: '/a', pattern: '^a' }] })], 'E_DETECT_RULE'],
  [
    'detection rules are distinct',
    [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1 }] }), event('foo.baz', {}, { detect: [{ pointer: '/a', equals: 1 }] })],
    [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1 }] }), event('foo.baz', {}, { detect: [{ pointer: '/a', equals: 2 }] })],
    'E_DETECT_DUPLICATE',
  ],
  ['detection patterns skip ahead lazily', [event('foo.bar', {}, { detect: [{ pointer: '/a', pattern: '^\\{.*"b"' }] })], [event('foo.bar', {}, { detect: [{ pointer: '/a', pattern: '^\\{.*?"b"' }] })], 'E_DETECT_GREEDY'],
  ['no format keyword', [event('foo.bar', { properties: { a: { type: 'string', format: 'date-time' } } })], [event('foo.bar', { properties: { a: { type: 'string', pattern: '^[0-9]{4}-.*$' } } })], 'E_FORMAT'],
  ['ajv strict mode', [event('foo.bar', { properties: { a: { type: 'string', minimum: 1 } } })], [event('foo.bar', { properties: { a: { type: 'string', minLength: 1 } } })], 'E_AJV_STRICT'],
  ['the 2020-12 meta-schema', [event('foo.bar', { properties: { a: { type: 'strin' } } })], [event('foo.bar', { properties: { a: { type: 'string' } } })], 'E_META_SCHEMA'],
  ['file names follow ids', [{ path: 'Foo/Bar.schema.json', json: { $schema: S } }], [event('foo.bar')], 'E_SCHEMA_PATH'],
];

for (const [name, failing, passing, code] of cases) {
  Check(`${name} (${code}): fails on the broken fixture`, () => {
    const found = codes(failing);
    assert.ok(found.includes(code), `expected ${code}, got ${JSON.stringify(found)}`);
  });
  Check(`${name} (${code}): passes on the fixed fixture`, () => {
    assert.equal(codes(passing), [], `the passing fixture of ${code} has problems`);
  });
}

Check('x-lambda problems carry the JSON pointer of the offending key', () => {
  const d = check([event('foo.bar', {}, { invocation: ['sync', 'sometimes'] })]).diagnostics.find((x) => x.code === 'E_XLAMBDA');
  assert.is(d?.pointer, '/x-lambda/invocation');
});

Check('diagnostics say where: file and JSON pointer', () => {
  const [d] = check([shared, event('foo.bar', { properties: { a: { $ref: '../_shared/aws.schema.json#/$defs/Nope' } } })]).diagnostics;
  assert.is(d?.file, 'schemas/foo/bar.schema.json');
  assert.is(d?.pointer, '/properties/a/$ref');
});

Check.run();
