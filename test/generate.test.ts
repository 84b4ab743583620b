import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, generate } from '../generator/codegen/index.ts';
import { GenerationFailed } from '../generator/codegen/diagnostics.ts';
import { load } from '../generator/codegen/stages/load.ts';
import { check } from '../generator/codegen/stages/check.ts';
import { types } from '../generator/codegen/stages/types.ts';
import { ROOT } from './support/paths.ts';
import { built } from './support/registry.ts';

const Generate = suite('generate');

Generate('generated/ is exactly what the generator makes from schemas/ now (npm run generate -- --check)', async () => {
  const result = await generate({ root: ROOT, check: true }).catch((e: unknown) => e);
  if (result instanceof GenerationFailed) assert.unreachable(`generated/ is stale: ${JSON.stringify(result.diagnostics[0]?.args)}`);
  assert.not.instance(result, Error);
});

Generate('is deterministic: two builds give byte-identical files', async () => {
  const a = await built();
  const b = await build({ root: ROOT });
  assert.equal([...b.files.keys()], [...a.files.keys()]);
  for (const [path, content] of a.files) assert.ok(b.files.get(path) === content, `${path} differs between runs`);
});

Generate('has no timestamps or absolute paths in its output', async () => {
  const { files } = await built();
  const today = new Date().toISOString().slice(0, 10);
  for (const [path, content] of files) {
    assert.not.match(content, ROOT, `${path} contains the absolute repository path`);
    assert.not.match(content, today, `${path} contains today's date: a generation timestamp?`);
  }
});

Generate('never mutates the loaded schemas', async () => {
  const loaded = await load(join(ROOT, 'schemas'), ROOT);
  const before = JSON.stringify(loaded.files);
  const checked = check(loaded.files);
  await types(checked.registry);
  assert.is(JSON.stringify(loaded.files), before);
});

Generate('every generated file names its source and the regenerate command', async () => {
  const { files } = await built();
  // samples/<id>.json are payloads: a banner key would make them unlike what AWS sends (and be drift).
  // LICENSE is the repository's license text, verbatim.
  for (const [path, content] of files) if (!path.startsWith('samples/') && path !== 'LICENSE') assert.match(content, 'npm run generate', `${path} has no banner`);
});

Generate('--check fails naming the stale, missing and extra files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ler-check-'));
  try {
    for (const entry of ['schemas', 'package.json', 'generated']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    const registryPath = join(dir, 'generated', 'registry.json');
    writeFileSync(registryPath, readFileSync(registryPath, 'utf8') + ' ');
    rmSync(join(dir, 'generated', 'types.d.ts'));
    writeFileSync(join(dir, 'generated', 'stray.js'), '');
    const error = await generate({ root: dir, check: true }).catch((e: unknown) => e);
    assert.instance(error, GenerationFailed);
    const [d] = (error as GenerationFailed).diagnostics;
    assert.is(d?.code, 'E_STALE');
    assert.equal((d?.args as { files: string[] }).files, ['registry.json', 'stray.js', 'types.d.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

Generate.run();
