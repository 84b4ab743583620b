// Generated from schemas/workmail/message-flow.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { WorkMailMessageFlowEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { WorkMailMessageFlowEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `workmail.message-flow` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/workmail.message-flow` stops at the first).
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export declare const validateAll: AllErrorsValidator<WorkMailMessageFlowEvent>;
