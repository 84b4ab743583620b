// Generated from generator/runtime/index.ts by `npm run generate`. Do not edit: change the schema and regenerate.
import type { Id } from './registry-types.js';
export type * from './types.js';
export type * from './registry-types.js';
export type { AllErrorsValidator, StandardSchemaV1, ValidationError, Validator } from './validator.js';
export type * from './handler.js';
export { detect, explain } from './detect.js';
export type { Candidate, DetectCondition } from './detect.js';
/** Every id in the registry, sorted. */
export declare const ids: readonly Id[];
