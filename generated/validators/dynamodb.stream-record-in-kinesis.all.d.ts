// Generated from schemas/dynamodb/stream-record-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { DynamoDbStreamRecordInKinesisEvent, DynamoDbKinesisChangeRecord } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { DynamoDbStreamRecordInKinesisEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `dynamodb.stream-record-in-kinesis` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/dynamodb.stream-record-in-kinesis` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html
 */
export declare const validateAll: AllErrorsValidator<DynamoDbStreamRecordInKinesisEvent>;
/** Every problem of the `dynamodb.stream-record-in-kinesis` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<DynamoDbStreamRecordInKinesisEvent>;
/** Every problem of a carried `DynamoDbKinesisChangeRecord`. */
export declare const validateDynamoDbKinesisChangeRecord: AllErrorsValidator<DynamoDbKinesisChangeRecord>;
