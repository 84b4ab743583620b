// Generated from schemas/kinesis/stream-batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamBatchResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisStreamBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis.stream-batch.result` schema: Kinesis Data Streams partial batch response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchfailurereporting.html
 */
export declare const validate: Validator<KinesisStreamBatchResult>;
export default validate;
