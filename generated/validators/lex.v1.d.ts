// Generated from schemas/lex/v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { LexV1Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { LexV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `lex.v1` schema: Amazon Lex V1 code hook input.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/lex.v1/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html
 */
export declare const validate: Validator<LexV1Event>;
export default validate;
