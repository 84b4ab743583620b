// Generated from schemas/sns/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SnsNotificationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SnsNotificationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sns.notification` schema: Amazon SNS notification.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export declare const validate: Validator<SnsNotificationEvent>;
export default validate;
