/**
 * Hand-written cases per id (test/fixtures/): every file under valid/<id>/ must validate, and
 * every invalid/<id>/<case>.json (a valid case plus a JSON Patch) must be rejected with the
 * expected instancePath and keyword, by the runtime-compiled and by the generated validator.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './support/paths.ts';
import { applyPatch, type PatchOp } from './support/patch.ts';
import { built } from './support/registry.ts';
import { createAjv } from '../generator/ajv.ts';
import { bundle } from '../generator/refs.ts';
import { describeErrors, runtimeValidator, standaloneValidator } from './support/validators.ts';

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

Fixtures('every implemented id has at least one valid case, and invalid cases for events', async () => {
  const { registry } = await built();
  const valid = new Set(cases('valid').map((c) => c.id));
  const invalid = new Set(cases('invalid').map((c) => c.id));
  const core = registry.entries.filter((e) => valid.has(e.id) || invalid.has(e.id) || e.kind !== 'nested');
  const missing = core.filter((e) => !valid.has(e.id) || !invalid.has(e.id)).map((e) => e.id);
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
    const { registry } = await built();
    const all = createAjv({ allErrors: true }).compile(bundle(registry, c.id));
    assert.not.ok(all(event));
    assert.ok(
      all.errors?.some((e) => e.instancePath === spec.expect.instancePath && e.keyword === spec.expect.keyword),
      `runtime validator did not report ${JSON.stringify(spec.expect)}`,
    );
  });
}

Fixtures.run();
