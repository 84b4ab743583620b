// Generated from schemas/eventbridge/event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventBridgeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EventBridgeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `eventbridge.event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/eventbridge.event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html
 */
export declare const validateAll: AllErrorsValidator<EventBridgeEvent>;
