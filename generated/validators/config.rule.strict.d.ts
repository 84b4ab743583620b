// Generated from schemas/config/rule.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConfigRuleEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { ConfigRuleEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `config.rule` schema: AWS Config custom rule evaluation.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export declare const validate: Validator<ConfigRuleEvent>;
export default validate;
