// Generated from schemas/cloudfront/origin-request.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFrontOriginRequestEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFrontOriginRequestEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudfront.origin-request` schema: Lambda@Edge origin request event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export declare const validate: Validator<CloudFrontOriginRequestEvent>;
export default validate;
