// Generated from schemas/s3/batch-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3BatchV2Result } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3BatchV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `s3.batch-v2.result` schema: S3 Batch Operations response, schema 2.0.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export declare const validate: Validator<S3BatchV2Result>;
export default validate;
