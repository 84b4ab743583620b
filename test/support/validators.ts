/** Validators two ways, as ajv's own test-suite does: compiled at run time, and the generated standalone code. */
import { createAjv } from '../../generator/codegen/ajv.ts';
import { bundle } from '../../generator/codegen/refs.ts';
import { outputPath } from '../../generator/codegen/names.ts';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadRegistry } from './registry.ts';
import { GENERATED } from './paths.ts';

export interface ValidateLike {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null;
}

const runtime = new Map<string, ValidateLike>();
const standalone = new Map<string, ValidateLike>();

export async function runtimeValidator(id: string): Promise<ValidateLike> {
  if (!runtime.has(id)) {
    const { registry } = await loadRegistry();
    // allErrors: the same compiled validator serves the valid cases and lists every problem of the invalid ones.
    runtime.set(id, createAjv({ allErrors: true }).compile(bundle(registry, id)) as ValidateLike);
  }
  return runtime.get(id)!;
}

/**
 * The generated module (generated/ is proven current by generate.test.ts in the same run): the
 * strict one (shape and values, what the schema says) unless `shape` asks for the default a handler
 * imports (an event's shape only).
 */
export async function standaloneValidator(id: string, kind: 'strict' | 'shape' = 'strict'): Promise<ValidateLike> {
  const key = `${id} ${kind}`;
  if (!standalone.has(key)) {
    const path = kind === 'strict' ? outputPath.validatorStrict(id) : outputPath.validator(id);
    const mod = (await import(pathToFileURL(join(GENERATED, path)).href)) as { validate: ValidateLike };
    standalone.set(key, mod.validate);
  }
  return standalone.get(key)!;
}

export function describeErrors(v: ValidateLike): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
}
