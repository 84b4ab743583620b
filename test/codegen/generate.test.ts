import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffOutput } from '../../generator/codegen/stages/write.ts';
import { ROOT } from '../support/paths.ts';
import { built } from '../support/registry.ts';

const Generate = suite('generate');

// The one full build of the run. generated/ was written by another process, at another time: equal
// bytes prove both that it is current and that generation is deterministic.
Generate('generated/ and generated-codegen/ are exactly what the generator makes from schemas/ now (npm run generate -- --check), byte for byte', async () => {
  const { outputs } = await built();
  assert.equal(outputs.map((o) => o.label), ['generated/', 'generated-codegen/']);
  for (const o of outputs) {
    const stale = await diffOutput(o.dir, o.files);
    assert.equal(stale, [], `${o.label} is stale (run npm run generate): ${stale.slice(0, 10).join(', ')}`);
  }
});

Generate('the codegen package depends on exactly what its bundle imports, and on the registry as a peer of the same version', async () => {
  const { outputs } = await built();
  const pkg = JSON.parse(outputs[1]!.files.get('package.json')!) as { version: string; dependencies: Record<string, string>; peerDependencies: Record<string, string>; bin: Record<string, string> };
  const registry = JSON.parse(outputs[0]!.files.get('package.json')!) as { version: string };
  assert.equal(Object.keys(pkg.dependencies), ['ajv', 'esbuild', 'handlebars', 'json-schema-to-typescript']);
  assert.equal(pkg.peerDependencies, { 'lambda-event-registry': `^${registry.version}` });
  assert.is(pkg.version, registry.version);
  assert.equal(pkg.bin, { 'lambda-events-codegen': './codegen.js' });
});

Generate('has no timestamps or absolute paths in its output', async () => {
  const { outputs } = await built();
  const today = new Date().toISOString().slice(0, 10);
  for (const o of outputs)
    for (const [path, content] of o.files) {
      assert.not.match(content, ROOT, `${o.label}${path} contains the absolute repository path`);
      assert.not.match(content, today, `${o.label}${path} contains today's date: a generation timestamp?`);
    }
});

Generate('no stage mutates what load read: the build above ran every stage on deeply frozen input', async () => {
  const { registry } = await built();
  assert.ok(Object.isFrozen(registry.entries[0]!.schema), 'the schemas the stages saw were frozen');
  // The freeze is what makes this test able to fail: a write to frozen input throws.
  assert.throws(() => {
    'use strict';
    (registry.entries[0]!.schema as Record<string, unknown>).title = 'changed';
  });
});

Generate('every generated file names its source and the regenerate command', async () => {
  const { files } = await built();
  // samples/<id>.json are payloads: a banner key would make them unlike what AWS sends (and be drift).
  // LICENSE is the repository's license text, verbatim.
  for (const [path, content] of files) if (!path.startsWith('samples/') && path !== 'LICENSE') assert.match(content, 'npm run generate', `${path} has no banner`);
});

Generate('--check names the stale, missing and extra files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ler-check-'));
  try {
    // Three files of the real build against a folder that has one changed, one missing and one extra.
    const { files } = await built();
    const expected = new Map(['README.md', 'registry.json', 'types.d.ts'].map((path) => [path, files.get(path)!]));
    writeFileSync(join(dir, 'README.md'), expected.get('README.md')!);
    writeFileSync(join(dir, 'registry.json'), expected.get('registry.json')! + ' ');
    writeFileSync(join(dir, 'stray.js'), '');
    assert.equal(await diffOutput(dir, expected), ['registry.json', 'stray.js', 'types.d.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Generate.run();
