// Generated from schemas/iot/rule-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRuleActionEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTRuleActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.rule-action` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.rule-action` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export declare const validateAll: AllErrorsValidator<IoTRuleActionEvent>;
