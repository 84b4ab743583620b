/** Step 2: which source the record came from (or the id forced with --id). */
import type { Candidate, Registry } from '../registry.ts';
import { problem, type Problem } from './problems.ts';

export type Detected = { id: string } | { id: null; problem: Problem; candidates: Candidate[] };

export function detectRecord(value: unknown, registry: Registry, forced: string | undefined): Detected {
  const id = forced ?? registry.detect(value);
  if (id !== null) return { id };
  return { id: null, problem: problem('E_UNDETECTED', '', 'no registry source matches this record'), candidates: registry.explain(value) };
}
