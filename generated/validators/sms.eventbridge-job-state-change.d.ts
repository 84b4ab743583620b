// Generated from schemas/sms/eventbridge-job-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SmsJobStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SmsJobStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sms.eventbridge-job-state-change` schema: AWS Server Migration Service job state change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/sms.eventbridge-job-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#server-migration-service-event-types
 */
export declare const validate: Validator<SmsJobStateChangeEvent>;
export default validate;
