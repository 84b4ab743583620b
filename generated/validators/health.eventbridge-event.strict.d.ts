// Generated from schemas/health/eventbridge-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { HealthEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { HealthEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `health.eventbridge-event` schema: AWS Health event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html
 */
export declare const validate: Validator<HealthEvent>;
export default validate;
