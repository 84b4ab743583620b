// Generated from schemas/eventbridge/scheduled.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventBridgeScheduledEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EventBridgeScheduledEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `eventbridge.scheduled` schema: Amazon EventBridge scheduled event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/eventbridge.scheduled/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html
 */
export declare const validate: Validator<EventBridgeScheduledEvent>;
export default validate;
