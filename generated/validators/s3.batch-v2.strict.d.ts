// Generated from schemas/s3/batch-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3BatchV2Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3BatchV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.batch-v2` schema: S3 Batch Operations invocation, schema 2.0.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export declare const validate: Validator<S3BatchV2Event>;
export default validate;
