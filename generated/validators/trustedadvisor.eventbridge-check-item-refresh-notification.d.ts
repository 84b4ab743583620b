// Generated from schemas/trustedadvisor/eventbridge-check-item-refresh-notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TrustedAdvisorCheckItemRefreshNotificationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { TrustedAdvisorCheckItemRefreshNotificationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `trustedadvisor.eventbridge-check-item-refresh-notification` schema: AWS Trusted Advisor Check Item Refresh Notification via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/trustedadvisor.eventbridge-check-item-refresh-notification/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html
 */
export declare const validate: Validator<TrustedAdvisorCheckItemRefreshNotificationEvent>;
export default validate;
