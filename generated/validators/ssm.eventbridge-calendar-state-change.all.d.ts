// Generated from schemas/ssm/eventbridge-calendar-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SsmCalendarStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SsmCalendarStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ssm.eventbridge-calendar-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ssm.eventbridge-calendar-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-systems-manager-event-examples.html
 */
export declare const validateAll: AllErrorsValidator<SsmCalendarStateChangeEvent>;
