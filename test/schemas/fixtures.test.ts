/**
 * Hand-written cases per id (test/fixtures/): every file under valid/<id>/ must validate, and
 * every invalid/<id>/<case>.json (a valid case plus a JSON Patch) must be rejected with the
 * expected instancePath and keyword, by the runtime-compiled and by the generated validator.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/paths.ts';
import { applyPatch, type PatchOp } from '../support/patch.ts';
import { loadRegistry } from '../support/registry.ts';
import { describeErrors, runtimeValidator, standaloneValidator } from '../support/validators.ts';

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

/** The core ids of the registry spine have hand-written cases; every other id is covered by its sample and the mutation tests. */
const CORE = [
  'sqs.batch', 'sns.notification', 's3.notification', 'apigateway.rest-proxy', 'apigateway.http-proxy-v2', 'alb.request',
  'lambda.function-url', 'dynamodb.stream-batch', 'kinesis.stream-batch', 'eventbridge.event', 'eventbridge.scheduled',
  'sqs.batch.result', 'apigateway.rest-proxy.result', 'apigateway.http-proxy-v2.result', 'alb.request.result',
  'lambda.function-url.result', 'dynamodb.stream-batch.result', 'kinesis.stream-batch.result',
];

Fixtures('every core id has valid and invalid hand-written cases, and every case names a registry id', async () => {
  const { registry } = await loadRegistry();
  const ids = new Set(registry.entries.map((e) => e.id));
  const valid = new Set(cases('valid').map((c) => c.id));
  const invalid = new Set(cases('invalid').map((c) => c.id));
  assert.equal([...valid, ...invalid].filter((id) => !ids.has(id)), []);
  const missing = CORE.filter((id) => !valid.has(id) || !invalid.has(id));
  assert.equal(missing, [], `ids without fixtures: ${missing.join(', ')}`);
});

for (const c of cases('valid')) {
  Fixtures(`valid ${c.id}/${c.file}`, async () => {
    const event = read(c.path);
    for (const v of [await runtimeValidator(c.id), await standaloneValidator(c.id)]) assert.ok(v(event), describeErrors(v));
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
    // The runtime-compiled validator, reporting all errors, agrees.
    const all = await runtimeValidator(c.id);
    assert.not.ok(all(event));
    assert.ok(
      all.errors?.some((e) => e.instancePath === spec.expect.instancePath && e.keyword === spec.expect.keyword),
      `runtime validator did not report ${JSON.stringify(spec.expect)}`,
    );
  });
}

Fixtures.run();
