// Generated from schemas/kinesis/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamBatchEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisStreamBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis.stream-batch` schema: Amazon Kinesis Data Streams batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kinesis.stream-batch/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export declare const validate: Validator<KinesisStreamBatchEvent>;
export default validate;
