// Generated from schemas/kinesis/stream-tumbling-window.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamTumblingWindowResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisStreamTumblingWindowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis.stream-tumbling-window.result` schema: Kinesis tumbling window response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export declare const validate: Validator<KinesisStreamTumblingWindowResult>;
export default validate;
