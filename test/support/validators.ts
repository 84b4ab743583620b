/** Validators two ways, as ajv's own test-suite does: compiled at run time, and the generated standalone code. */
import { createAjv } from '../../generator/codegen/ajv.ts';
import { bundle } from '../../generator/codegen/refs.ts';
import { outputPath } from '../../generator/codegen/names.ts';
import { built } from './registry.ts';

export interface ValidateLike {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[] | null;
}

const runtime = new Map<string, ValidateLike>();
const standalone = new Map<string, ValidateLike>();

export async function runtimeValidator(id: string): Promise<ValidateLike> {
  if (!runtime.has(id)) {
    const { registry } = await built();
    runtime.set(id, createAjv().compile(bundle(registry, id)) as ValidateLike);
  }
  return runtime.get(id)!;
}

/** The generated module, loaded from the in-memory build so a stale generated/ cannot hide a bug. */
export async function standaloneValidator(id: string): Promise<ValidateLike> {
  if (!standalone.has(id)) {
    const { files } = await built();
    const code = files.get(outputPath.validator(id));
    if (!code) throw new Error(`no generated validator for ${id}`);
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as { validate: ValidateLike };
    standalone.set(id, mod.validate);
  }
  return standalone.get(id)!;
}

export function describeErrors(v: ValidateLike): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
}
