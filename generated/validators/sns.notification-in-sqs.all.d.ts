// Generated from schemas/sns/notification-in-sqs.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SnsNotificationInSqsEvent, SnsHttpNotification } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SnsNotificationInSqsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sns.notification-in-sqs` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sns.notification-in-sqs` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html
 */
export declare const validateAll: AllErrorsValidator<SnsNotificationInSqsEvent>;
/** Every problem of the `sns.notification-in-sqs` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<SnsNotificationInSqsEvent>;
/** Every problem of a carried `SnsHttpNotification`. */
export declare const validateSnsHttpNotification: AllErrorsValidator<SnsHttpNotification>;
