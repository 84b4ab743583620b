// Generated from schemas/s3/eventbridge-object-tags-deleted.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectTagsDeletedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3ObjectTagsDeletedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.eventbridge-object-tags-deleted` schema: Amazon S3 Object Tags Deleted event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export declare const validate: Validator<S3ObjectTagsDeletedEvent>;
export default validate;
