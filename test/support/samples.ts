/** The sample module from the in-memory build (never a stale generated/). */
import { built } from './registry.ts';

export interface SampleModule {
  sample(id: string, overrides?: Record<string, unknown>, options?: { inner?: string }): unknown;
  sampleParameters(id: string): Record<string, { type: string; default: unknown; description: string; pattern?: string; enum?: unknown[]; format?: string; minimum?: number; maximum?: number }>;
  sampleIds: readonly string[];
  samEvents: Record<string, { id: string; set: Record<string, unknown> }>;
}

let cached: Promise<SampleModule> | undefined;
export function sampleModule(): Promise<SampleModule> {
  cached ??= built().then(async ({ files }) => {
    const code = files.get('sample.js');
    if (!code) throw new Error('no sample.js in the build');
    return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as SampleModule;
  });
  return cached;
}
