// Generated from schemas/kinesis/stream-batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamBatchResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisStreamBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis.stream-batch.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis.stream-batch.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export declare const validateAll: AllErrorsValidator<KinesisStreamBatchResult>;
