// Generated from schemas/lex/v1.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV1Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { LexV1Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lex.v1.result` schema: Amazon Lex V1 code hook response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export declare const validate: Validator<LexV1Result>;
export default validate;
