// Generated from schemas/kinesis/stream-tumbling-window.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamTumblingWindowEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisStreamTumblingWindowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis.stream-tumbling-window` schema: Amazon Kinesis Data Streams batch with tumbling window.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export declare const validate: Validator<KinesisStreamTumblingWindowEvent>;
export default validate;
