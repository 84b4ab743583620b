// Generated from schemas/dynamodb/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamBatchEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DynamoDbStreamBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-batch` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/dynamodb.stream-batch` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export declare const validateAll: AllErrorsValidator<DynamoDbStreamBatchEvent>;
