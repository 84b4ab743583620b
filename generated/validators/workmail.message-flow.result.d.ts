// Generated from schemas/workmail/message-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { WorkMailMessageFlowResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { WorkMailMessageFlowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `workmail.message-flow.result` schema: Amazon WorkMail synchronous Run Lambda response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export declare const validate: Validator<WorkMailMessageFlowResult>;
export default validate;
