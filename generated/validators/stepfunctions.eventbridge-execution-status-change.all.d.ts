// Generated from schemas/stepfunctions/eventbridge-execution-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { StepFunctionsExecutionStatusChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { StepFunctionsExecutionStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `stepfunctions.eventbridge-execution-status-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/stepfunctions.eventbridge-execution-status-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
 */
export declare const validateAll: AllErrorsValidator<StepFunctionsExecutionStatusChangeEvent>;
