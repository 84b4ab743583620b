/**
 * The user profile's rules (lambda-events-codegen): a failing and a passing fixture per rule, in
 * process, like check.test.ts; then the front end on broken folders: one coded line, the
 * documented exit code, never a stack trace.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, type CheckOptions } from '../../generator/codegen/stages/check.ts';
import { samples } from '../../generator/codegen/stages/samples.ts';
import { types } from '../../generator/codegen/stages/types.ts';
import { main } from '../../generator/codegen/user-cli.ts';
import type { JsonObject, SourceFile } from '../../generator/codegen/model.ts';
import type { Code } from '../../generator/codegen/diagnostics.ts';
import { CARRIERS, INVOKE } from '../../generator/codegen/travels.ts';
import { tokens } from '../../generator/runtime/pointer.ts';
import { FIXTURES, GENERATED } from '../support/paths.ts';

const USER: CheckOptions = { audience: 'user', reserved: new Set(['sqs', 'eventbridge']) };
const S = 'https://json-schema.org/draft/2020-12/schema';

function payload(id: string, meta: JsonObject = {}, extra: JsonObject = {}): SourceFile {
  const [ns, ...rest] = id.split('.');
  return {
    path: `${ns}/${rest.join('.')}.schema.json`,
    json: {
      $schema: S,
      title: 'T',
      description: 'D',
      'x-lambda': { id, kind: id.endsWith('.result') ? 'result' : 'nested', invocation: id.endsWith('.result') ? 'sync' : 'nested', ...meta },
      type: 'object',
      properties: { a: { type: 'string' } },
      ...extra,
    },
  };
}
const codes = (files: SourceFile[], options: CheckOptions = USER) => check(files, options).diagnostics.map((d) => d.code);
const sqs = { travels: [{ in: 'sqs.batch' }] };

const UserCheck = suite("check, user profile: users' schemas");

/** [rule, files that break it, the nearest files that keep it, the code]. */
const cases: [string, SourceFile[], SourceFile[], Code][] = [
  ['ids stay out of the registry namespaces', [payload('sqs.order', sqs)], [payload('acme.order', sqs)], 'E_NAMESPACE'],
  ['travels names a carrier', [payload('acme.order', { travels: [{ in: 'sqs' }] })], [payload('acme.order', sqs)], 'E_TRAVELS'],
  [
    'travels on EventBridge names source and detail type',
    [payload('acme.order', { travels: [{ in: 'eventbridge.event', source: 'com.acme' }] })],
    [payload('acme.order', { travels: [{ in: 'eventbridge.event', source: 'com.acme', detailType: 'Order' }] })],
    'E_TRAVELS',
  ],
  ['source and detailType are for EventBridge only', [payload('acme.order', { travels: [{ in: 'sqs.batch', source: 'com.acme' }] })], [payload('acme.order', sqs)], 'E_TRAVELS'],
  ['a result travels nowhere', [payload('acme.quote.result', sqs)], [payload('acme.quote.result')], 'E_TRAVELS'],
  [
    'a payload says where it travels, not what it carries',
    [payload('acme.order', { ...sqs, carries: [{ at: '/body', decode: ['json'], id: 'acme.line' }] })],
    [payload('acme.order', sqs)],
    'E_CARRIES',
  ],
  ['travels is a list of carriers', [payload('acme.order', { travels: [{ on: 'sqs.batch' }] })], [payload('acme.order', sqs)], 'E_XLAMBDA'],
  ['docs, when given, is a link', [payload('acme.order', { ...sqs, docs: 'wiki page' })], [payload('acme.order', { ...sqs, docs: 'https://wiki.example.com/orders' })], 'E_XLAMBDA'],
  ['schemas are draft 2020-12', [payload('acme.order', sqs, { $schema: 'http://json-schema.org/draft-07/schema#' })], [payload('acme.order', sqs)], 'E_META_SCHEMA'],
  ['the id still matches the file', [{ ...payload('acme.order', sqs), path: 'acme/orders.schema.json' }], [payload('acme.order', sqs)], 'E_META_ID'],
  [
    'every $ref resolves',
    [payload('acme.order', sqs, { properties: { a: { $ref: '../_shared/x.schema.json#/$defs/Nope' } } })],
    [payload('acme.order', sqs, { $defs: { Money: { type: 'number' } }, properties: { a: { $ref: '#/$defs/Money' } } })],
    'E_REF_UNRESOLVED',
  ],
];

for (const [name, failing, passing, code] of cases) {
  UserCheck(`${name} (${code}): fails on the broken fixture`, () => {
    const found = codes(failing);
    assert.ok(found.includes(code), `expected ${code}, got ${JSON.stringify(found)}`);
  });
  UserCheck(`${name} (${code}): passes on the fixed fixture`, () => {
    assert.equal(codes(passing), [], `the passing fixture of ${code} has problems`);
  });
}

UserCheck('travels is refused in the registry (registry payloads say what they carry with carries)', () => {
  const file = payload('foo.bar', { ...sqs, kind: 'event', invocation: 'async', docs: 'https://docs.aws.amazon.com/x', detect: [{ pointer: '/a', exists: true }] });
  assert.ok(codes([file], { audience: 'registry' }).includes('E_TRAVELS'));
});

UserCheck('users are not held to the registry layout rules: closed objects, partial patterns, no docs or detection rule', () => {
  const closed = payload('acme.order', { travels: [{ in: 'invoke' }], kind: 'event', invocation: 'sync' }, { additionalProperties: false, properties: { a: { type: 'string', pattern: '^ord-' } } });
  assert.equal(codes([closed]), []);
  assert.ok(codes([{ ...closed, path: 'foo/order.schema.json', json: { ...closed.json, 'x-lambda': { id: 'foo.order', kind: 'event', invocation: 'sync' } } }], { audience: 'registry' }).includes('E_NO_ADDITIONAL_FALSE'));
});

UserCheck('the travels of an id carry the carrier pointer and decode steps', () => {
  const { registry } = check([payload('acme.order', { travels: [{ in: 'kinesis.stream-batch' }, { in: 'eventbridge.event', source: 'com.acme', detailType: 'Order' }] })], USER);
  assert.equal(registry.entries[0]!.travels, [
    { in: 'kinesis.stream-batch', at: '/Records/*/kinesis/data', decode: ['base64', 'json'] },
    { in: 'eventbridge.event', at: '/detail', decode: [], source: 'com.acme', detailType: 'Order' },
  ]);
});

UserCheck('each carrier a payload may travel in is a registry event, and its pointer finds the body in that event\'s sample', () => {
  for (const [id, { at, decode }] of Object.entries(CARRIERS)) {
    if (id === INVOKE) continue;
    const sample = JSON.parse(readFileSync(join(GENERATED, 'samples', `${id}.json`), 'utf8')) as unknown;
    const found = tokens(at).reduce<unknown>((v, t) => (v as Record<string, unknown> | undefined)?.[t === '*' ? 0 : t], sample);
    // A body to decode is a string; a detail (no decode steps) is the JSON value itself.
    assert.is(typeof found, decode.length > 0 ? 'string' : 'object', `${id} ${at}`);
  }
});

UserCheck('a title on a nested schema declares no type of its own (only ids and $defs are declared)', async () => {
  const file = payload('acme.order', sqs, { properties: { address: { title: 'Address', type: 'object', properties: { city: { type: 'string' } } } } });
  const typed = await types(check([file], USER).registry);
  assert.equal(typed.diagnostics, []);
  assert.not.match(typed.declarations, /\bAddress\b/);
  assert.match(typed.declarations, /address\?: \{\n\s+city\?: string;/);
});

const sampleCodes = async (file: SourceFile) => (await samples(check([file], USER).registry, [], { everyId: true })).diagnostics.map((d) => [d.code, d.pointer]);

UserCheck('every id has a sample (E_SAMPLE_MISSING): fails without examples, default or template', async () => {
  assert.equal(await sampleCodes(payload('acme.order', sqs)), [['E_SAMPLE_MISSING', '']]);
});
UserCheck('every id has a sample (E_SAMPLE_MISSING): passes with examples[0] or default', async () => {
  assert.equal(await sampleCodes(payload('acme.order', sqs, { examples: [{ a: 'x' }] })), []);
  assert.equal(await sampleCodes(payload('acme.order', sqs, { default: { a: 'x' } })), []);
});
UserCheck('a sample from examples is validated (E_SAMPLE_INVALID at /examples/0)', async () => {
  assert.equal(await sampleCodes(payload('acme.order', sqs, { examples: [{ a: 1 }] })), [['E_SAMPLE_INVALID', '/examples/0']]);
});

// ---

const Front = suite('lambda-events-codegen on broken folders (in process)');
const work = mkdtempSync(join(tmpdir(), 'ler-user-cli-'));

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { cwd: work, stdout: (l) => out.push(l), stderr: (l) => err.push(l), version: 'test' });
  return { code, out, err };
}

/** A copy of the user-schemas fixture with one file changed. */
function folder(name: string, path: string, change: (text: string) => string): void {
  const dir = join(work, name);
  cpSync(join(FIXTURES, 'user-schemas'), dir, { recursive: true });
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
}

for (const [name, dir, path, change, line] of [
  ['malformed JSON', 'json', 'acme/get-quote.schema.json', (t: string) => t.slice(0, -10), /^json\/acme\/get-quote\.schema\.json: is not valid JSON: .*\[E_JSON_PARSE\]$/],
  ['a bad x-lambda', 'xlambda', 'acme/get-quote.schema.json', (t: string) => t.replace('"kind": "event"', '"kind": "evnt"'), /^xlambda\/acme\/get-quote\.schema\.json#\/x-lambda\/kind: .*\[E_XLAMBDA\]$/],
  ['a broken $ref', 'ref', 'acme/get-quote.result.schema.json', (t: string) => t.replace('#/$defs/Money', '#/$defs/Mony'), /^ref\/acme\/get-quote\.result\.schema\.json#\/properties\/total\/\$ref: .*\[E_REF_UNRESOLVED\]$/],
] as const) {
  Front(`${name}: exit 1, coded lines naming file and pointer, no stack trace`, async () => {
    folder(dir, path, change);
    const r = await run(['--schemas', dir, '--out', `${dir}-out`]);
    assert.is(r.code, 1, r.err.join('\n'));
    assert.ok(r.err.some((l) => line.test(l)), r.err.join('\n'));
    assert.not.ok(r.err.some((l) => /\n\s+at /.test(l)), 'no stack trace');
  });
}

Front('usage errors exit 2: an unknown option, a missing --out, a --schemas that is not a folder or holds no schema', async () => {
  assert.is((await run(['--schemas', 'x', '--out', 'y', '--frobnicate'])).code, 2);
  assert.is((await run(['--schemas', 'x'])).code, 2);
  const missing = await run(['--schemas', 'nowhere', '--out', 'y']);
  assert.is(missing.code, 2);
  assert.match(missing.err.join('\n'), 'is not a folder');
  mkdirSync(join(work, 'empty'));
  const empty = await run(['--schemas', 'empty', '--out', 'y']);
  assert.is(empty.code, 2);
  assert.match(empty.err.join('\n'), 'holds no *.schema.json');
});

Front('an --out folder it did not make, or one that holds the schemas, is refused (exit 2): it would be emptied', async () => {
  folder('mine', 'acme/get-quote.schema.json', (t) => t);
  writeFileSync(join(work, 'notes.txt'), 'keep me');
  const cwd = await run(['--schemas', 'mine', '--out', '.']);
  assert.is(cwd.code, 2);
  assert.match(cwd.err.join('\n'), '--schemas');
  mkdirSync(join(work, 'src'));
  writeFileSync(join(work, 'src', 'handler.ts'), 'export {};');
  const src = await run(['--schemas', 'mine', '--out', 'src']);
  assert.is(src.code, 2);
  assert.match(src.err.join('\n'), 'did not make');
  assert.is(readFileSync(join(work, 'src', 'handler.ts'), 'utf8'), 'export {};');
});

Front('writes a new folder, then rewrites it (a folder it made) and finds it up to date', async () => {
  folder('fine', 'acme/get-quote.schema.json', (t) => t);
  assert.is((await run(['--schemas', 'fine', '--out', 'fine-out'])).code, 0);
  assert.is((await run(['--schemas', 'fine', '--out', 'fine-out'])).code, 0);
  const checked = await run(['--schemas', 'fine', '--out', 'fine-out', '--check']);
  assert.is(checked.code, 0, checked.err.join('\n'));
  assert.match(checked.out.join('\n'), 'fine-out/ is up to date (25 files, 4 ids)');
});

Front.after(() => rmSync(work, { recursive: true, force: true }));

UserCheck.run();
Front.run();
