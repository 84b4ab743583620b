/** Step 2: which source the record came from (or the id forced with --id). */
import type { Candidate, Registry } from '../registry.ts';
import { problem, type Problem } from './problems.ts';

/** The id to check a record against: the forced one, else detection's (compiled: nothing allocated); null when no rule matches. */
export const detectedId = (value: unknown, registry: Registry, forced: string | undefined): string | null => forced ?? registry.detect(value);

/** Why a record was not detected: the problem, and the nearest rules (interpreted; only misses pay for it). */
export function undetected(value: unknown, registry: Registry): { problem: Problem; candidates: Candidate[] } {
  return { problem: problem('E_UNDETECTED', '', 'no registry source matches this record'), candidates: registry.explain(value) };
}
