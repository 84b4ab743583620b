// Generated from schemas/s3/batch-v2.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3BatchV2Result } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3BatchV2Result };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `s3.batch-v2.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.batch-v2.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html
 */
export declare const validateAll: AllErrorsValidator<S3BatchV2Result>;
