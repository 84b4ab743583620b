// Generated from schemas/sns/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SnsNotificationInSqsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SnsNotificationInSqsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sns.notification-in-sqs` schema: SNS notifications in an SQS batch.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export declare const validate: Validator<SnsNotificationInSqsEvent> & { readonly id: "sns.notification-in-sqs" };
export default validate;
