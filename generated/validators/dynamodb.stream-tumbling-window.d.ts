// Generated from schemas/dynamodb/stream-tumbling-window.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamTumblingWindowEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamTumblingWindowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-tumbling-window` schema: Amazon DynamoDB Streams batch with tumbling window.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/dynamodb.stream-tumbling-window/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-windows.html
 */
export declare const validate: Validator<DynamoDbStreamTumblingWindowEvent>;
export default validate;
