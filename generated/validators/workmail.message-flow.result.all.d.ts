// Generated from schemas/workmail/message-flow.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { WorkMailMessageFlowResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { WorkMailMessageFlowResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `workmail.message-flow.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/workmail.message-flow.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html
 */
export declare const validateAll: AllErrorsValidator<WorkMailMessageFlowResult>;
