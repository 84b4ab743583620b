// Generated from schemas/eventbridge/event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventBridgeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EventBridgeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `eventbridge.event` schema: Amazon EventBridge event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/eventbridge.event/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 */
export declare const validate: Validator<EventBridgeEvent>;
export default validate;
