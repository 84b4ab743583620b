// Generated from schemas/stepfunctions/eventbridge-execution-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { StepFunctionsExecutionStatusChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { StepFunctionsExecutionStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `stepfunctions.eventbridge-execution-status-change` schema: AWS Step Functions Execution Status Change event via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/stepfunctions.eventbridge-execution-status-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/cw-events.html
 */
export declare const validate: Validator<StepFunctionsExecutionStatusChangeEvent>;
export default validate;
