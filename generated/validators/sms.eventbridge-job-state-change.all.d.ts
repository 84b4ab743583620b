// Generated from schemas/sms/eventbridge-job-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SmsJobStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SmsJobStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sms.eventbridge-job-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sms.eventbridge-job-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types
 */
export declare const validateAll: AllErrorsValidator<SmsJobStateChangeEvent>;
