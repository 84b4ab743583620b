// Generated from schemas/eventbridge/scheduled.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EventBridgeScheduledEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EventBridgeScheduledEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `eventbridge.scheduled` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/eventbridge.scheduled` stops at the first).
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/userguide/event-reference.html
 */
export declare const validateAll: AllErrorsValidator<EventBridgeScheduledEvent>;
