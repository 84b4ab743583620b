// Generated from schemas/sqs/message-in-firehose.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SqsMessageInFirehoseEvent, SqsRecord } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SqsMessageInFirehoseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sqs.message-in-firehose` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sqs.message-in-firehose` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validateAll: AllErrorsValidator<SqsMessageInFirehoseEvent>;
/** Every problem of the `sqs.message-in-firehose` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<SqsMessageInFirehoseEvent>;
/** Every problem of a carried `SqsRecord`. */
export declare const validateSqsRecord: AllErrorsValidator<SqsRecord>;
