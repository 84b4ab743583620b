// Generated from schemas/dynamodb/stream-batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamBatchResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `dynamodb.stream-batch.result` schema: DynamoDB Streams partial batch response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export declare const validate: Validator<DynamoDbStreamBatchResult>;
export default validate;
