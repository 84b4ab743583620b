// Generated from schemas/cloudtrail/eventbridge-aws-api-call.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudTrailAwsApiCallEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudTrailAwsApiCallEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudtrail.eventbridge-aws-api-call` schema: AWS API Call via CloudTrail (EventBridge).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
export declare const validate: Validator<CloudTrailAwsApiCallEvent>;
export default validate;
