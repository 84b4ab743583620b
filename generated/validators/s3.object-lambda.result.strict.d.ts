// Generated from schemas/s3/object-lambda.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectLambdaResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3ObjectLambdaResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `s3.object-lambda.result` schema: Amazon S3 Object Lambda response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-writing-lambda.html
 */
export declare const validate: Validator<S3ObjectLambdaResult>;
export default validate;
