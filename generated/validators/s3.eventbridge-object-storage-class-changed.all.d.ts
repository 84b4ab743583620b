// Generated from schemas/s3/eventbridge-object-storage-class-changed.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectStorageClassChangedEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3ObjectStorageClassChangedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.eventbridge-object-storage-class-changed` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.eventbridge-object-storage-class-changed` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export declare const validateAll: AllErrorsValidator<S3ObjectStorageClassChangedEvent>;
