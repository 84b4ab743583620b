// Generated from schemas/dynamodb/stream-batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamBatchResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DynamoDbStreamBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `dynamodb.stream-batch.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/dynamodb.stream-batch.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export declare const validateAll: AllErrorsValidator<DynamoDbStreamBatchResult>;
