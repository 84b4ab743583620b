/** The registry of one version: schemas loaded and modelled (no house rules: an old version may predate some). */
import { buildModel } from '../stages/check.ts';
import { load } from '../stages/load.ts';
import { sampleIdFromPath } from '../stages/samples.ts';
import { TOOL_ROOT } from '../toolRoot.ts';
import type { RegistryVersion } from './diff.ts';

export async function registryVersion(schemasDir: string): Promise<RegistryVersion> {
  // The package version is not part of a registry version; the tool's own package.json satisfies load.
  const loaded = await load(schemasDir, TOOL_ROOT);
  const model = buildModel(loaded.files);
  const problems = [...loaded.diagnostics, ...model.diagnostics];
  if (problems.length > 0) throw new Error(`${schemasDir}: ${problems.length} problem(s), first ${problems[0]!.code} in ${problems[0]!.file ?? '?'}`);
  const samples = new Map<string, string>();
  for (const s of loaded.samples) {
    const id = sampleIdFromPath(s.path);
    if (id) samples.set(id, s.text);
  }
  return { registry: model.registry, samples };
}
