/** The registry as the generator builds it from schemas/ now (never the committed output). */
import { build } from '../../generator/codegen/index.ts';
import type { Registry } from '../../generator/codegen/model.ts';
import { ROOT } from './paths.ts';

let cached: Promise<{ registry: Registry; files: Map<string, string> }> | undefined;

export function built(): Promise<{ registry: Registry; files: Map<string, string> }> {
  cached ??= build({ root: ROOT });
  return cached;
}
