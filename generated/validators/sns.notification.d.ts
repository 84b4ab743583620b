// Generated from schemas/sns/notification.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SnsNotificationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SnsNotificationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sns.notification` schema: Amazon SNS notification.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/sns.notification/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html
 */
export declare const validate: Validator<SnsNotificationEvent>;
export default validate;
