// Generated from schemas/health/eventbridge-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { HealthEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { HealthEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `health.eventbridge-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/health.eventbridge-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html
 */
export declare const validateAll: AllErrorsValidator<HealthEvent>;
