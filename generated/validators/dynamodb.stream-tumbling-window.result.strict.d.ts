// Generated from schemas/dynamodb/stream-tumbling-window.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamTumblingWindowResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamTumblingWindowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `dynamodb.stream-tumbling-window.result` schema: DynamoDB Streams tumbling window response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export declare const validate: Validator<DynamoDbStreamTumblingWindowResult>;
export default validate;
