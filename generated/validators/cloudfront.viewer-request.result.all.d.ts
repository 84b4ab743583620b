// Generated from schemas/cloudfront/viewer-request.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontViewerRequestResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFrontViewerRequestResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudfront.viewer-request.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudfront.viewer-request.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html
 */
export declare const validateAll: AllErrorsValidator<CloudFrontViewerRequestResult>;
