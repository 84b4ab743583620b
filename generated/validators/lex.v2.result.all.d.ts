// Generated from schemas/lex/v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV2Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LexV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lex.v2.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lex.v2.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export declare const validateAll: AllErrorsValidator<LexV2Result>;
