// Generated from schemas/s3/test-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3TestEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3TestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.test-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.test-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export declare const validateAll: AllErrorsValidator<S3TestEvent>;
