/**
 * Placeholder for the registry's data. When the codegen bundles a runtime entry it replaces this
 * module with the real rules and ids from schemas/ (codegen stage `package`).
 */
import type { DetectRule } from './detector.ts';

/** Detection rules, one per detectable id (x-lambda.detect). */
export const RULES: DetectRule[] = [];
/** Every id in the registry, sorted. */
export const IDS: readonly string[] = [];
