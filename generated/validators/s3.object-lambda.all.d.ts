// Generated from schemas/s3/object-lambda.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectLambdaEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { S3ObjectLambdaEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.object-lambda` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/s3.object-lambda` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export declare const validateAll: AllErrorsValidator<S3ObjectLambdaEvent>;
