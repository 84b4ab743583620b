// Generated from schemas/macie/eventbridge-alert-updated.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MacieAlertUpdatedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MacieAlertUpdatedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `macie.eventbridge-alert-updated` schema: Amazon Macie Classic alert updated via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export declare const validate: Validator<MacieAlertUpdatedEvent>;
export default validate;
