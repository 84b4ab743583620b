// Generated from schemas/lex/v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV2Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { LexV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lex.v2` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/lex.v2` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 */
export declare const validateAll: AllErrorsValidator<LexV2Event>;
