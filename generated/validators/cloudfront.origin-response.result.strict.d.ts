// Generated from schemas/cloudfront/origin-response.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontOriginResponseResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFrontOriginResponseResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudfront.origin-response.result` schema: Lambda@Edge origin response result.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export declare const validate: Validator<CloudFrontOriginResponseResult>;
export default validate;
