import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffOutput } from '../../generator/codegen/stages/write.ts';
import { GENERATED, ROOT } from '../support/paths.ts';
import { built } from '../support/registry.ts';

const Generate = suite('generate');

// The one full build of the run. generated/ was written by another process, at another time: equal
// bytes prove both that it is current and that generation is deterministic.
Generate('generated/ is exactly what the generator makes from schemas/ now (npm run generate -- --check), byte for byte', async () => {
  const { files } = await built();
  const stale = await diffOutput(GENERATED, files);
  assert.equal(stale, [], `generated/ is stale (run npm run generate): ${stale.slice(0, 10).join(', ')}`);
});

Generate('has no timestamps or absolute paths in its output', async () => {
  const { files } = await built();
  const today = new Date().toISOString().slice(0, 10);
  for (const [path, content] of files) {
    assert.not.match(content, ROOT, `${path} contains the absolute repository path`);
    assert.not.match(content, today, `${path} contains today's date: a generation timestamp?`);
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
    cpSync(GENERATED, dir, { recursive: true });
    writeFileSync(join(dir, 'registry.json'), readFileSync(join(dir, 'registry.json'), 'utf8') + ' ');
    rmSync(join(dir, 'types.d.ts'));
    writeFileSync(join(dir, 'stray.js'), '');
    const { files } = await built();
    assert.equal(await diffOutput(dir, files), ['registry.json', 'stray.js', 'types.d.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Generate.run();
