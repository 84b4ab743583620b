/** The boolean checks the validators stage compiles (codegen/stages/check-code.ts), as functions, for comparing with ajv. */
import { compileCheckScript } from '../../generator/codegen/stages/check-code.ts';
import { shapeOnly, stripAnnotations } from '../../generator/codegen/stages/validators.ts';
import { bundle } from '../../generator/codegen/refs.ts';
import type { JsonObject } from '../../generator/codegen/model.ts';
import ucs2length from '../../generator/runtime/ajv/ucs2length.ts';
import { loadRegistry } from './registry.ts';

export type Check = (value: unknown) => boolean;

export function checkFunction(schema: JsonObject): Check {
  const { script } = compileCheckScript(schema);
  return new Function('ucs2length', `${script}return check;`)(ucs2length) as Check;
}

/**
 * The schema each of an id's validators compiles: the strict one (the whole schema) and the shape
 * one (the default; a result's default is its strict validator).
 */
export async function validatorSchemas(id: string): Promise<{ strict: JsonObject; shape: JsonObject }> {
  const { registry } = await loadRegistry();
  const strict = stripAnnotations(bundle(registry, id)) as JsonObject;
  const result = registry.entries.find((e) => e.id === id)?.kind === 'result';
  return { strict, shape: result ? strict : (shapeOnly(strict) as JsonObject) };
}
