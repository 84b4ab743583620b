/** `lambda-event-registry`: the payload types, the id list and detection. */
import { IDS } from './registry-data.ts';
import type { Id } from './registry-types.ts';

export type * from './types.ts';
export type * from './registry-types.ts';
export type { AllErrorsValidator, StandardSchemaV1, ValidationError, Validator } from './validator.ts';
export type * from './handler.ts';
export { detect, explain } from './detect.ts';
export type { Candidate, DetectCondition } from './detect.ts';

/** Every id in the registry, sorted. */
export const ids: readonly Id[] = IDS;
