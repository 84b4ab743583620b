import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { check, rules } from '../../generator/codegen/stages/check.ts';
import type { JsonObject, SourceFile } from '../../generator/codegen/model.ts';
import type { Code } from '../../generator/codegen/diagnostics.ts';

const S = 'https://json-schema.org/draft/2020-12/schema';
const shared: SourceFile = {
  path: '_shared/aws.schema.json',
  json: { $schema: S, $defs: { Arn: { type: 'string', pattern: '^arn:' } } },
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

Check('rules are documented by sentences', () => {
  for (const sentence of rules.keys()) assert.match(sentence, /^[A-Z].{20,}/);
});

const cases: [string, SourceFile[], Code][] = [
  ['x-lambda.id must match the path', [{ ...event('foo.bar'), path: 'foo/baz.schema.json' }], 'E_META_ID'],
  ['kind must fit the id', [event('foo.bar', {}, { kind: 'result' })], 'E_META_KIND'],
  ['docs must be AWS documentation', [event('foo.bar', {}, { docs: 'https://example.com' })], 'E_DOCS_LINK'],
  ['no $id in sources', [event('foo.bar', { $id: 'x' })], 'E_HAS_ID'],
  ['refs name definitions', [shared, event('foo.bar', { properties: { a: { $ref: '../_shared/aws.schema.json#/properties/x' } } })], 'E_REF_SHAPE'],
  ['refs resolve', [shared, event('foo.bar', { properties: { a: { $ref: '../_shared/aws.schema.json#/$defs/Nope' } } })], 'E_REF_UNRESOLVED'],
  ['no network refs', [event('foo.bar', { properties: { a: { $ref: 'https://example.com/x.json#/$defs/A' } } })], 'E_REF_SHAPE'],
  ['definition names are PascalCase', [event('foo.bar', { $defs: { bad_name: { type: 'string' } } })], 'E_DEF_NAME'],
  ['definition names are unique', [shared, event('foo.bar', { $defs: { Arn: { type: 'string' } } })], 'E_DEF_DUPLICATE'],
  ['definitions do not take an id type name', [event('foo.bar', { $defs: { FooBarEvent: { type: 'string' } } })], 'E_DEF_SHADOWS_TYPE'],
  ['validators tolerate unknown properties', [event('foo.bar', { additionalProperties: false })], 'E_NO_ADDITIONAL_FALSE'],
  ['objects without properties say what their values are', [event('foo.bar', { properties: { a: { type: 'object' } } })], 'E_OPEN_OBJECT'],
  ['an event names its own result when the registry has one', [event('foo.bar'), event('foo.bar.result')], 'E_RESULT_PAIR'],
  ['results exist', [event('foo.bar', {}, { result: 'foo.bar.result' })], 'E_RESULT_UNKNOWN'],
  ['carried payloads name existing ids', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'], id: 'foo.nope' }] })], 'E_CARRIES'],
  ['carried payloads decode to JSON', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['base64'], id: 'foo.bar' }] })], 'E_CARRIES'],
  ['carried payloads name an id or a definition, not both', [event('foo.bar', {}, { carries: [{ at: '/a', decode: ['json'] }] })], 'E_CARRIES'],
  ['results have no detection rule', [event('foo.bar.result', {}, { detect: [{ pointer: '/a', exists: true }] })], 'E_DETECT_RESULT'],
  ['events have a detection rule', [event('foo.bar', {}, { detect: undefined as never })], 'E_DETECT_RULE'],
  ['detection conditions have one test', [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1, exists: true }] })], 'E_DETECT_RULE'],
  ['detection patterns compile', [event('foo.bar', {}, { detect: [{ pointer: '/a', pattern: '(' }] })], 'E_DETECT_RULE'],
  [
    'detection rules are distinct',
    [event('foo.bar', {}, { detect: [{ pointer: '/a', equals: 1 }] }), event('foo.baz', {}, { detect: [{ pointer: '/a', equals: 1 }] })],
    'E_DETECT_DUPLICATE',
  ],
  ['no format keyword', [event('foo.bar', { properties: { a: { type: 'string', format: 'date-time' } } })], 'E_FORMAT'],
  ['ajv strict mode', [event('foo.bar', { properties: { a: { type: 'string', minimum: 1 } } })], 'E_AJV_STRICT'],
  ['the 2020-12 meta-schema', [event('foo.bar', { properties: { a: { type: 'strin' } } })], 'E_META_SCHEMA'],
  ['file names follow ids', [{ path: 'Foo/Bar.schema.json', json: { $schema: S } }], 'E_SCHEMA_PATH'],
];

for (const [name, files, code] of cases) {
  Check(`${name} (${code})`, () => {
    const found = codes(files);
    assert.ok(found.includes(code), `expected ${code}, got ${JSON.stringify(found)}`);
  });
}

Check('diagnostics say where: file and JSON pointer', () => {
  const [d] = check([shared, event('foo.bar', { properties: { a: { $ref: '../_shared/aws.schema.json#/$defs/Nope' } } })]).diagnostics;
  assert.is(d?.file, 'schemas/foo/bar.schema.json');
  assert.is(d?.pointer, '/properties/a/$ref');
});

Check.run();
