// Generated from schemas/cloudfront/origin-response.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontOriginResponseResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFrontOriginResponseResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudfront.origin-response.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudfront.origin-response.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export declare const validateAll: AllErrorsValidator<CloudFrontOriginResponseResult>;
