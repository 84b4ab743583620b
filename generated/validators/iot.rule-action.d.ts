// Generated from schemas/iot/rule-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRuleActionEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTRuleActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.rule-action` schema: AWS IoT rule Lambda action payload.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.rule-action/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export declare const validate: Validator<IoTRuleActionEvent>;
export default validate;
