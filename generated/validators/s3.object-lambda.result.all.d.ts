// Generated from schemas/s3/object-lambda.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectLambdaResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3ObjectLambdaResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `s3.object-lambda.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.object-lambda.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 */
export declare const validateAll: AllErrorsValidator<S3ObjectLambdaResult>;
