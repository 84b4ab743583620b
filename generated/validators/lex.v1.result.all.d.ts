// Generated from schemas/lex/v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV1Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LexV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lex.v1.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lex.v1.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export declare const validateAll: AllErrorsValidator<LexV1Result>;
