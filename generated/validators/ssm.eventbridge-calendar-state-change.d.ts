// Generated from schemas/ssm/eventbridge-calendar-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SsmCalendarStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SsmCalendarStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ssm.eventbridge-calendar-state-change` schema: AWS Systems Manager Change Calendar state change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/ssm.eventbridge-calendar-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export declare const validate: Validator<SsmCalendarStateChangeEvent>;
export default validate;
