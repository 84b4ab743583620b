// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { WorkMailMessageFlowEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { WorkMailMessageFlowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `workmail.message-flow` schema: Amazon WorkMail email flow rule (Run Lambda) event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/workmail.message-flow/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export declare const validate: Validator<WorkMailMessageFlowEvent>;
export default validate;
