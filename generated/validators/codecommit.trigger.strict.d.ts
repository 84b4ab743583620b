// Generated from schemas/codecommit/trigger.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodeCommitTriggerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodeCommitTriggerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codecommit.trigger` schema: AWS CodeCommit repository trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-codecommit.html
 */
export declare const validate: Validator<CodeCommitTriggerEvent>;
export default validate;
