// Generated from schemas/eventbridge/event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventBridgeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EventBridgeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `eventbridge.event` schema: Amazon EventBridge event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 */
export declare const validate: Validator<EventBridgeEvent>;
export default validate;
