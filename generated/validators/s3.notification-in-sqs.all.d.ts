// Generated from schemas/s3/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3NotificationInSqsEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3NotificationInSqsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.notification-in-sqs` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.notification-in-sqs` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export declare const validateAll: AllErrorsValidator<S3NotificationInSqsEvent>;
/** Every problem of the `s3.notification-in-sqs` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<S3NotificationInSqsEvent>;
