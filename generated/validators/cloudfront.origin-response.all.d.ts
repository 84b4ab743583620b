// Generated from schemas/cloudfront/origin-response.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontOriginResponseEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFrontOriginResponseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.origin-response` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudfront.origin-response` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validateAll: AllErrorsValidator<CloudFrontOriginResponseEvent>;
