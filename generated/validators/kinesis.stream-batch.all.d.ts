// Generated from schemas/kinesis/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamBatchEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisStreamBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis.stream-batch` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis.stream-batch` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 */
export declare const validateAll: AllErrorsValidator<KinesisStreamBatchEvent>;
