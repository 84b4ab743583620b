// Generated from schemas/iot/button.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTButtonEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTButtonEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.button` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.button` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export declare const validateAll: AllErrorsValidator<IoTButtonEvent>;
