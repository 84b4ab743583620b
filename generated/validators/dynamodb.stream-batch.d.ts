// Generated from schemas/dynamodb/stream-batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamBatchEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-batch` schema: Amazon DynamoDB Streams batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/dynamodb.stream-batch/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
 */
export declare const validate: Validator<DynamoDbStreamBatchEvent>;
export default validate;
