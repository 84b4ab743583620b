// Generated from schemas/codepipeline/eventbridge-stage-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineStageExecutionStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodePipelineStageExecutionStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.eventbridge-stage-execution-state-change` schema: AWS CodePipeline Stage Execution State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codepipeline.eventbridge-stage-execution-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export declare const validate: Validator<CodePipelineStageExecutionStateChangeEvent>;
export default validate;
