// Generated from schemas/health/eventbridge-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { HealthEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { HealthEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `health.eventbridge-event` schema: AWS Health event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/health.eventbridge-event/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html
 */
export declare const validate: Validator<HealthEvent>;
export default validate;
