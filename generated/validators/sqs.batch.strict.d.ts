// Generated from schemas/sqs/batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SqsBatchEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SqsBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sqs.batch` schema: Amazon SQS message batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export declare const validate: Validator<SqsBatchEvent>;
export default validate;
