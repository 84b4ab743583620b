// Generated from schemas/s3/batch-v1.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3BatchV1Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3BatchV1Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.batch-v1` schema: S3 Batch Operations invocation, schema 1.0.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/s3.batch-v1/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export declare const validate: Validator<S3BatchV1Event>;
export default validate;
