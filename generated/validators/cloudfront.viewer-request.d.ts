// Generated from schemas/cloudfront/viewer-request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontViewerRequestEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFrontViewerRequestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.viewer-request` schema: Lambda@Edge viewer request event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudfront.viewer-request/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validate: Validator<CloudFrontViewerRequestEvent>;
export default validate;
