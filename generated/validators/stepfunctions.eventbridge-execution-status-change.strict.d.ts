// Generated from schemas/stepfunctions/eventbridge-execution-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { StepFunctionsExecutionStatusChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { StepFunctionsExecutionStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `stepfunctions.eventbridge-execution-status-change` schema: AWS Step Functions Execution Status Change event via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
 */
export declare const validate: Validator<StepFunctionsExecutionStatusChangeEvent>;
export default validate;
