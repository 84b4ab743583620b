// Generated from schemas/trustedadvisor/eventbridge-check-item-refresh-notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TrustedAdvisorCheckItemRefreshNotificationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { TrustedAdvisorCheckItemRefreshNotificationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `trustedadvisor.eventbridge-check-item-refresh-notification` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/trustedadvisor.eventbridge-check-item-refresh-notification` stops at the first).
 *
 * @see https://docs.aws.amazon.com/awssupport/latest/user/cloudwatch-events-ta.html
 */
export declare const validateAll: AllErrorsValidator<TrustedAdvisorCheckItemRefreshNotificationEvent>;
