// Generated from schemas/s3/test-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3TestEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3TestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.test-event` schema: Amazon S3 test event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 */
export declare const validate: Validator<S3TestEvent>;
export default validate;
