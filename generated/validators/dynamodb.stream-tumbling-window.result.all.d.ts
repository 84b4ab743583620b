// Generated from schemas/dynamodb/stream-tumbling-window.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamTumblingWindowResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DynamoDbStreamTumblingWindowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `dynamodb.stream-tumbling-window.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/dynamodb.stream-tumbling-window.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export declare const validateAll: AllErrorsValidator<DynamoDbStreamTumblingWindowResult>;
