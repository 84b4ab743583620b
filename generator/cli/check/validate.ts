/**
 * Step 3: the id's precompiled validator (stops at the first problem: the fast path for valid
 * records), then, for a record that fails, every problem from the id's all-errors validator.
 */
import type { Registry } from '../registry.ts';
import { problem, schemaProblem, type Problem, type SchemaError } from './problems.ts';
import { tokens } from '../../runtime/pointer.ts';
import { carriedProblems } from './carried.ts';

const same = (a: SchemaError, b: SchemaError) => a.instancePath === b.instancePath && a.keyword === b.keyword && a.message === b.message;

/**
 * ajv lists the problems of every branch of a failed anyOf/oneOf. Keep those of the branch the value
 * is nearest to (the fewest problems), placed before the anyOf/oneOf problem itself, which then
 * names that branch: an HTTP API v2 authorizer result with `isAuthorized: "yes"` is reported as a
 * simple response whose isAuthorized must be boolean, not as an IAM policy missing principalId.
 */
function nearestBranches(id: string, value: unknown, errors: SchemaError[], registry: Registry): SchemaError[] {
  let out = errors;
  for (const e of errors) {
    if ((e.keyword !== 'anyOf' && e.keyword !== 'oneOf') || (e.params as { passingSchemas?: unknown } | undefined)?.passingSchemas) continue;
    const schemaPath = (e as { schemaPath?: string }).schemaPath;
    if (!schemaPath) continue;
    let at: unknown = value;
    for (const t of tokens(e.instancePath)) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[t] : undefined;
    const perBranch = registry.branchErrors(id, schemaPath, at);
    if (!perBranch || perBranch.length < 2 || perBranch.some((b) => b.length === 0)) continue;
    const prefixed = perBranch.map((b) => b.map((x) => ({ ...x, instancePath: e.instancePath + x.instancePath })));
    // Fewest problems; on a tie, the fewest at the value itself (a branch whose shape fits but whose details fail is nearer).
    const score = (b: SchemaError[]) => b.length * 1000 + b.filter((x) => x.instancePath === e.instancePath).length;
    const best = prefixed.reduce((min, b, i) => (score(b) < score(prefixed[min]!) ? i : min), 0);
    const fromBranches = prefixed.flat();
    const note = { ...e, message: `${e.message ?? e.keyword} (nearest: branch ${best + 1} of ${perBranch.length}, its problems above)` };
    out = out.flatMap((x) => (x === e ? [...prefixed[best]!, note] : fromBranches.some((b) => same(b, x)) ? [] : [x]));
  }
  return out;
}

/** A record too deeply nested for the validators (they recurse). */
export const DEPTH_PROBLEMS: readonly Problem[] = Object.freeze([problem('E_DEPTH', '', 'is nested too deeply to validate')]);

/**
 * Whether a record passes its id's loaded validator (the hot path: one call, nothing allocated);
 * null when it is too deeply nested to validate.
 */
export function passes(id: string, value: unknown, registry: Registry): boolean | null {
  try {
    return registry.loadedValidator(id)!(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return null;
  }
}

/** Every problem of a record that failed its validator, what it carries included (the id's all-errors module must be loaded). */
export function failureProblems(id: string, value: unknown, registry: Registry): Problem[] {
  try {
    const problems = nearestBranches(id, value, registry.allErrors(id, value), registry).map(schemaProblem);
    // A carrier's validator checks what it carries too (runtime/carried.ts): failing with its own
    // schema satisfied means a carried payload is wrong, listed as E_DECODE/E_NESTED. A valid record
    // is decoded once, by its validator.
    return problems.length > 0 ? problems : carriedProblems(id, value, registry);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [...DEPTH_PROBLEMS];
  }
}
