// Generated from schemas/dynamodb/stream-tumbling-window.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamTumblingWindowEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DynamoDbStreamTumblingWindowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-tumbling-window` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/dynamodb.stream-tumbling-window` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export declare const validateAll: AllErrorsValidator<DynamoDbStreamTumblingWindowEvent>;
