// Generated from schemas/dynamodb/stream-record-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamRecordInKinesisEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { DynamoDbStreamRecordInKinesisEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-record-in-kinesis` schema: DynamoDB change records in a Kinesis batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html
 */
export declare const validate: Validator<DynamoDbStreamRecordInKinesisEvent> & { readonly id: "dynamodb.stream-record-in-kinesis" };
export default validate;
