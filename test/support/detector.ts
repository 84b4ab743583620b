/**
 * Detection with the registry's rules as the generator reads them now, and valid fixtures by name,
 * for the detection tests: `detect` is the compiled detector the package ships (codegen/detection.ts),
 * `explain` the rule interpreter; `interpreted()` is the interpreter whole, the reference the
 * compiled detector must agree with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectorSource } from '../../generator/codegen/detection.ts';
import { createDetector, type Detector, type DetectRule } from '../../generator/runtime/detector.ts';
import { FIXTURES } from './paths.ts';
import { loadRegistry } from './registry.ts';

/** The compiled detector of some rules, evaluated as the bundled detect.js evaluates it. */
export const compileDetector = (rules: DetectRule[]): ((event: unknown) => string | null) =>
  new Function(`return ${detectorSource(rules)};`)() as (event: unknown) => string | null;

export const registryRules = (): Promise<DetectRule[]> =>
  loadRegistry().then(({ registry }) => registry.entries.filter((e) => e.detect).map((e) => ({ id: e.id, conditions: e.detect! })));

let cached: Promise<Detector> | undefined;
let reference: Promise<Detector> | undefined;

export function detector(): Promise<Detector> {
  cached ??= registryRules().then((rules) => ({ detect: compileDetector(rules), explain: createDetector(rules).explain }));
  return cached;
}

/** The rule interpreter (detector.ts): what the compiled detector must agree with. */
export function interpreted(): Promise<Detector> {
  reference ??= registryRules().then(createDetector);
  return reference;
}

/** test/fixtures/valid/<id>/<name>.json */
export const fixture = (id: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(FIXTURES, 'valid', id, `${name}.json`), 'utf8')) as Record<string, unknown>;
