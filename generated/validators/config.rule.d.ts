// Generated from schemas/config/rule.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConfigRuleEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ConfigRuleEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `config.rule` schema: AWS Config custom rule evaluation.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/config.rule/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export declare const validate: Validator<ConfigRuleEvent>;
export default validate;
