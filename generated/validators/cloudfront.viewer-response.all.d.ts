// Generated from schemas/cloudfront/viewer-response.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontViewerResponseEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFrontViewerResponseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.viewer-response` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudfront.viewer-response` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validateAll: AllErrorsValidator<CloudFrontViewerResponseEvent>;
