// Generated from schemas/lex/v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV1Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LexV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lex.v1` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lex.v1` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export declare const validateAll: AllErrorsValidator<LexV1Event>;
