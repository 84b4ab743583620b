// Generated from schemas/sns/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SnsNotificationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SnsNotificationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sns.notification` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sns.notification` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export declare const validateAll: AllErrorsValidator<SnsNotificationEvent>;
