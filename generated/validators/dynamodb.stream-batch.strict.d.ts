// Generated from schemas/dynamodb/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamBatchEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-batch` schema: Amazon DynamoDB Streams batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export declare const validate: Validator<DynamoDbStreamBatchEvent>;
export default validate;
