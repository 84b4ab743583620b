/**
 * Placeholder for the registry's data. When the codegen bundles a runtime entry it replaces this
 * module with the real rules, carries and ids from schemas/ (codegen stage `package`).
 */
import type { DetectRule } from './detector.ts';
import type { DecodeStep } from './carried.ts';

/** Detection rules, one per detectable id (x-lambda.detect). */
export const RULES: DetectRule[] = [];
/** Where each carrier holds nested payloads and how to decode them (x-lambda.carries). */
export const CARRIES: Record<string, { at: string; decode: DecodeStep[] }[]> = {};
/** Every id in the registry, sorted. */
export const IDS: readonly string[] = [];
