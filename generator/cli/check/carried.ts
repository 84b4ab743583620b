/**
 * Step 4: the payloads a valid record carries (x-lambda.carries): each is decoded and checked
 * against its id(s) or definition, and reported at the pointer of the encoded string.
 */
import { carried } from '../../runtime/carried.ts';
import type { Registry } from '../registry.ts';
import { problem, type Problem } from './problems.ts';

export function carriedProblems(id: string, value: unknown, registry: Registry): Problem[] {
  const problems: Problem[] = [];
  for (const c of registry.ids[id]?.carries ?? []) {
    for (const payload of carried(value, c.at, c.decode)) {
      if (payload.error !== undefined) {
        problems.push(problem('E_DECODE', payload.pointer, `carried payload ${payload.error} (${c.decode.join(' → ')})`, { steps: c.decode }));
        continue;
      }
      if (c.def) {
        const inner = registry.definitionErrors(id, c.def, payload.value);
        if (inner.length > 0) {
          const first = inner[0]!;
          problems.push(
            problem('E_NESTED', payload.pointer, `carried ${c.def} is invalid: ${first.instancePath || '/'} ${first.message}`.trim(), { expected: [c.def], inner: first }),
          );
        }
        continue;
      }
      const ids = c.id ?? [];
      if (ids.some((innerId) => registry.loadedValidator(innerId)!(payload.value))) continue;
      const first = registry.allErrors(ids[0]!, payload.value)[0];
      problems.push(
        problem('E_NESTED', payload.pointer, `carried payload is not a valid ${ids.join(' or ')}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim(), {
          expected: ids,
          ...(first ? { inner: first } : {}),
        }),
      );
    }
  }
  return problems;
}
