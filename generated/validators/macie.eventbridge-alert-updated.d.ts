// Generated from schemas/macie/eventbridge-alert-updated.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { MacieAlertUpdatedEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { MacieAlertUpdatedEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `macie.eventbridge-alert-updated` schema: Amazon Macie Classic alert updated via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/macie.eventbridge-alert-updated/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#macie-event-types
 */
export declare const validate: Validator<MacieAlertUpdatedEvent>;
export default validate;
