// Generated from schemas/macie/eventbridge-alert-updated.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MacieAlertUpdatedEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { MacieAlertUpdatedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `macie.eventbridge-alert-updated` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/macie.eventbridge-alert-updated` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export declare const validateAll: AllErrorsValidator<MacieAlertUpdatedEvent>;
