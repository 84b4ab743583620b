// Generated from schemas/cloudfront/viewer-response.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontViewerResponseEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFrontViewerResponseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.viewer-response` schema: Lambda@Edge viewer response event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudfront.viewer-response/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validate: Validator<CloudFrontViewerResponseEvent>;
export default validate;
