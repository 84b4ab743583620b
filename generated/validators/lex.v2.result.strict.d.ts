// Generated from schemas/lex/v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV2Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { LexV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `lex.v2.result` schema: Amazon Lex V2 code hook response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-response-format.html
 */
export declare const validate: Validator<LexV2Result>;
export default validate;
