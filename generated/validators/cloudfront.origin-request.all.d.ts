// Generated from schemas/cloudfront/origin-request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontOriginRequestEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFrontOriginRequestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.origin-request` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudfront.origin-request` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validateAll: AllErrorsValidator<CloudFrontOriginRequestEvent>;
