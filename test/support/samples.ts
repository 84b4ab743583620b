/** The package's sample module (generated/sample.js; generate.test.ts proves it current). */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { GENERATED } from './paths.ts';

export interface SampleModule {
  sample(id: string, overrides?: Record<string, unknown>, options?: { inner?: string }): unknown;
  sampleParameters(id: string): Record<string, { type: string; default: unknown; description: string; pattern?: string; enum?: unknown[]; format?: string; minimum?: number; maximum?: number }>;
  sampleIds: readonly string[];
  samEvents: Record<string, { id: string; set: Record<string, unknown> }>;
}

let cached: Promise<SampleModule> | undefined;
export function sampleModule(): Promise<SampleModule> {
  cached ??= import(pathToFileURL(join(GENERATED, 'sample.js')).href) as Promise<SampleModule>;
  return cached;
}
