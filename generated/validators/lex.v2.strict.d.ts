// Generated from schemas/lex/v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV2Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { LexV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lex.v2` schema: Amazon Lex V2 code hook input.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lexv2/latest/dg/lambda-input-format.html
 */
export declare const validate: Validator<LexV2Event>;
export default validate;
