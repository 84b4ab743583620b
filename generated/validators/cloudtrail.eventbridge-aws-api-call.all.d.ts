// Generated from schemas/cloudtrail/eventbridge-aws-api-call.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudTrailAwsApiCallEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudTrailAwsApiCallEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudtrail.eventbridge-aws-api-call` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudtrail.eventbridge-aws-api-call` stops at the first).
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html
 */
export declare const validateAll: AllErrorsValidator<CloudTrailAwsApiCallEvent>;
