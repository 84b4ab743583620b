/**
 * Step 4: the payloads a record carries (x-lambda.carries), when its id's validator failed for them:
 * each is decoded and checked against its id(s) or definition, and reported at the pointer of the encoded string. The check
 * itself is the runtime's (the same one the carriers' validators run); the CLI lists the first
 * inner problem from the all-errors validators.
 */
import { carriedProblems as check } from '../../runtime/carried.ts';
import type { Registry } from '../registry.ts';
import { problem, type Problem } from './problems.ts';

export function carriedProblems(id: string, value: unknown, registry: Registry): Problem[] {
  const carries = registry.ids[id]?.carries ?? [];
  if (carries.length === 0) return [];
  return check(value, carries, (n, payload) => {
    const c = carries[n]!;
    if (c.def) return registry.definitionErrors(id, c.def, payload)[0] ?? null;
    const ids = c.id ?? [];
    if (ids.some((innerId) => registry.loadedValidator(innerId)!(payload))) return null;
    return registry.allErrors(ids[0]!, payload)[0];
  }).map((p) => problem(p.code, p.pointer, p.message, p.params));
}
