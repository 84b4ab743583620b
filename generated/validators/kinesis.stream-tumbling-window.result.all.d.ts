// Generated from schemas/kinesis/stream-tumbling-window.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamTumblingWindowResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisStreamTumblingWindowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis.stream-tumbling-window.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis.stream-tumbling-window.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export declare const validateAll: AllErrorsValidator<KinesisStreamTumblingWindowResult>;
