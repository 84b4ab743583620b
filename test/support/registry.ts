/**
 * The registry for tests. `loadRegistry()` is the model as the generator reads it from schemas/
 * now (load + model, without the house rules: a fraction of a second); tests that need generated code read the committed
 * generated/, which test/codegen/generate.test.ts proves is exactly what the generator makes
 * from schemas/ now, in the same run. `built()` is that one full build, in memory.
 */
import { join } from 'node:path';
import { buildFrom, type Built } from '../../generator/codegen/index.ts';
import { registryProfile } from '../../generator/codegen/profiles/registry.ts';
import { load } from '../../generator/codegen/stages/load.ts';
import { buildModel } from '../../generator/codegen/stages/check.ts';
import type { Registry } from '../../generator/codegen/model.ts';
import { ROOT } from './paths.ts';

let model: Promise<{ registry: Registry }> | undefined;

export function loadRegistry(): Promise<{ registry: Registry }> {
  model ??= load(join(ROOT, 'schemas'), ROOT).then((loaded) => {
    // The model only: the house rules run in the one full build (generate.test.ts).
    const checked = buildModel(loaded.files);
    if (loaded.diagnostics.length + checked.diagnostics.length > 0) throw new Error(`schemas/ has problems: run npm run generate`);
    return { registry: checked.registry };
  });
  return model;
}

let cached: Promise<Built> | undefined;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The one full build of a test run (generate.test.ts). Every stage runs on deeply frozen input, so
 * a stage that changed what load read would throw (ES modules are strict) and fail the run.
 */
export function built(): Promise<Built> {
  cached ??= load(join(ROOT, 'schemas'), ROOT).then((loaded) => buildFrom(deepFreeze(loaded), registryProfile(ROOT)));
  return cached;
}
