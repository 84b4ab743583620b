// Generated from schemas/kafka/msk.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KafkaMskEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KafkaMskEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kafka.msk` schema: Amazon MSK batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kafka.msk/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export declare const validate: Validator<KafkaMskEvent>;
export default validate;
