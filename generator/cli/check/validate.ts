/**
 * Step 3: the id's precompiled validator (stops at the first problem: the fast path for valid
 * records), then, for a record that fails, every problem from the id's all-errors validator.
 */
import type { Registry } from '../registry.ts';
import { problem, schemaProblem, type Problem } from './problems.ts';

/** Problems of a record against its id's schema; [] when valid. The id's validators must be loaded. */
export function validateRecord(id: string, value: unknown, registry: Registry): Problem[] {
  try {
    if (registry.loadedValidator(id)!(value)) return [];
    return registry.allErrors(id, value).map(schemaProblem);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [problem('E_DEPTH', '', 'is nested too deeply to validate')];
  }
}
