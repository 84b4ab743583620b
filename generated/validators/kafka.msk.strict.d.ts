// Generated from schemas/kafka/msk.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KafkaMskEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KafkaMskEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kafka.msk` schema: Amazon MSK batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html
 */
export declare const validate: Validator<KafkaMskEvent>;
export default validate;
