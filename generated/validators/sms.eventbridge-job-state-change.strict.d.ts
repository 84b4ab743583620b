// Generated from schemas/sms/eventbridge-job-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SmsJobStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SmsJobStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sms.eventbridge-job-state-change` schema: AWS Server Migration Service job state change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types
 */
export declare const validate: Validator<SmsJobStateChangeEvent>;
export default validate;
