/**
 * Hand-written cases per id (test/fixtures/): every file under valid/<id>/ must validate, and
 * every invalid/<id>/<case>.json (a valid case plus a JSON Patch) must be rejected with the
 * expected instancePath and keyword, by the runtime-compiled and by the generated validator.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, GENERATED } from '../support/paths.ts';
import { applyPatch, type PatchOp } from '../support/patch.ts';
import { loadRegistry } from '../support/registry.ts';
import { describeErrors, runtimeValidator, standaloneValidator } from '../support/validators.ts';
import { VALUE_KEYWORDS } from '../../generator/codegen/stages/validators.ts';

interface InvalidCase {
  description: string;
  base: string;
  patch: PatchOp[];
  expect: { instancePath: string; keyword: string };
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const cases = (kind: 'valid' | 'invalid') =>
  readdirSync(join(FIXTURES, kind)).flatMap((id) => readdirSync(join(FIXTURES, kind, id)).map((file) => ({ id, file, path: join(FIXTURES, kind, id, file) })));

const Fixtures = suite('fixtures: hand-written valid and invalid cases per id');

/**
 * Every id has hand-written valid and invalid cases, except that a schema accepting every JSON value
 * (a payload whose shape the user chooses, e.g. an IoT rule's SQL SELECT) has no invalid case to write.
 * Which schemas those are is computed, not listed: the schema, annotations aside, is empty.
 */
const acceptsAnything = (schema: Record<string, unknown>): boolean =>
  Object.keys(schema).every((k) => ['$schema', 'title', 'description', 'x-lambda', 'tsType', '$comment', 'examples'].includes(k));

Fixtures('every id has valid and invalid hand-written cases, and every case names a registry id', async () => {
  const { registry } = await loadRegistry();
  const ids = new Set(registry.entries.map((e) => e.id));
  const valid = new Set(cases('valid').map((c) => c.id));
  const invalid = new Set(cases('invalid').map((c) => c.id));
  assert.equal([...valid, ...invalid].filter((id) => !ids.has(id)), []);
  const open = new Set(registry.entries.filter((e) => acceptsAnything(e.schema as Record<string, unknown>)).map((e) => e.id));
  assert.equal([...open], ['iot.rule-action'], 'the schemas that accept any JSON value');
  const missing = [...ids].filter((id) => !valid.has(id) || (!open.has(id) && !invalid.has(id)));
  assert.equal(missing, [], `ids without hand-written cases: ${missing.join(', ')}`);
});

for (const c of cases('valid')) {
  Fixtures(`valid ${c.id}/${c.file}`, async () => {
    const event = read(c.path);
    for (const v of [await runtimeValidator(c.id), await standaloneValidator(c.id), await standaloneValidator(c.id, 'shape')]) assert.ok(v(event), describeErrors(v));
  });
}

for (const c of cases('invalid')) {
  Fixtures(`invalid ${c.id}/${c.file}`, async () => {
    const spec = read(c.path) as InvalidCase;
    const event = applyPatch(read(join(FIXTURES, spec.base)), spec.patch);
    const standalone = await standaloneValidator(c.id);
    assert.not.ok(standalone(event), `${spec.description}: accepted`);
    const first = standalone.errors?.[0];
    assert.equal({ instancePath: first?.instancePath, keyword: first?.keyword }, spec.expect, describeErrors(standalone));
    // The shape validator a handler imports rejects it too, unless what is wrong is a value check (a pattern, a length).
    const shape = await standaloneValidator(c.id, 'shape');
    assert.ok(!shape(event) || VALUE_KEYWORDS.has(spec.expect.keyword), `${spec.description}: the shape validator accepted a ${spec.expect.keyword} problem`);
    // The runtime-compiled validator, reporting all errors, agrees.
    const all = await runtimeValidator(c.id);
    assert.not.ok(all(event));
    assert.ok(
      all.errors?.some((e) => e.instancePath === spec.expect.instancePath && e.keyword === spec.expect.keyword),
      `runtime validator did not report ${JSON.stringify(spec.expect)}`,
    );
  });
}

Fixtures('the shape validator accepts every event the strict one does, and is the strict one for results', async () => {
  const { registry } = await loadRegistry();
  const { sampleModule } = await import('../support/samples.ts');
  const m = await sampleModule();
  for (const e of registry.entries) {
    const value = m.sample(e.id);
    const strict = await standaloneValidator(e.id);
    const shape = await standaloneValidator(e.id, 'shape');
    assert.ok(strict(value) && shape(value), e.id);
    if (e.kind === 'result') assert.is(readFileSync(join(GENERATED, `validators/${e.id}.js`), 'utf8'), readFileSync(join(GENERATED, `validators/${e.id}.strict.js`), 'utf8'));
  }
  // A value check is the strict validator's: an SQS record whose md5OfBody is not a digest.
  const sqs = m.sample('sqs.batch') as { Records: { md5OfBody: string }[] };
  sqs.Records[0]!.md5OfBody = 'not-a-digest';
  assert.ok((await standaloneValidator('sqs.batch', 'shape'))(sqs), 'the shape validator does not check digests');
  assert.not.ok((await standaloneValidator('sqs.batch'))(sqs), 'the strict validator does');
});

Fixtures.run();
