/** Detection with the registry's rules as the generator reads them now, and valid fixtures by name, for the detection tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector, type Detector } from '../../generator/runtime/detector.ts';
import { FIXTURES } from './paths.ts';
import { loadRegistry } from './registry.ts';

let cached: Promise<Detector> | undefined;

export function detector(): Promise<Detector> {
  cached ??= loadRegistry().then(({ registry }) => createDetector(registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect! }))));
  return cached;
}

/** test/fixtures/valid/<id>/<name>.json */
export const fixture = (id: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Record<string, unknown>;
