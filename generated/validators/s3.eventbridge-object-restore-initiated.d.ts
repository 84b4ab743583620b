// Generated from schemas/s3/eventbridge-object-restore-initiated.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectRestoreInitiatedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3ObjectRestoreInitiatedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.eventbridge-object-restore-initiated` schema: Amazon S3 Object Restore Initiated event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/s3.eventbridge-object-restore-initiated/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html
 */
export declare const validate: Validator<S3ObjectRestoreInitiatedEvent>;
export default validate;
