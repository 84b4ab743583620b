// Generated from schemas/cloudtrail/eventbridge-aws-api-call.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudTrailAwsApiCallEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudTrailAwsApiCallEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudtrail.eventbridge-aws-api-call` schema: AWS API Call via CloudTrail (EventBridge).
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cloudtrail.eventbridge-aws-api-call/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
export declare const validate: Validator<CloudTrailAwsApiCallEvent>;
export default validate;
