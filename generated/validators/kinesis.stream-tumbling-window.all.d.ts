// Generated from schemas/kinesis/stream-tumbling-window.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisStreamTumblingWindowEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisStreamTumblingWindowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis.stream-tumbling-window` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis.stream-tumbling-window` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html
 */
export declare const validateAll: AllErrorsValidator<KinesisStreamTumblingWindowEvent>;
