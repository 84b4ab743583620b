// Generated from schemas/config/rule.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { ConfigRuleEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { ConfigRuleEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `config.rule` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/config.rule` stops at the first).
 *
 * @see https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html
 */
export declare const validateAll: AllErrorsValidator<ConfigRuleEvent>;
