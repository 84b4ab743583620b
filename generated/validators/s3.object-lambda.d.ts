// Generated from schemas/s3/object-lambda.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { S3ObjectLambdaEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { S3ObjectLambdaEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `s3.object-lambda` schema: Amazon S3 Object Lambda request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/s3.object-lambda/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/olap-event-context.html
 */
export declare const validate: Validator<S3ObjectLambdaEvent>;
export default validate;
