// Generated from schemas/s3/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3NotificationInSqsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3NotificationInSqsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.notification-in-sqs` schema: S3 event notifications in an SQS batch.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/s3.notification-in-sqs/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export declare const validate: Validator<S3NotificationInSqsEvent> & { readonly id: "s3.notification-in-sqs" };
export default validate;
