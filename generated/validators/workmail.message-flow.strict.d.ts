// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { WorkMailMessageFlowEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { WorkMailMessageFlowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `workmail.message-flow` schema: Amazon WorkMail email flow rule (Run Lambda) event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export declare const validate: Validator<WorkMailMessageFlowEvent>;
export default validate;
