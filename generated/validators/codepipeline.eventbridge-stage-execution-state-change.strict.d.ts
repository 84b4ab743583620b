// Generated from schemas/codepipeline/eventbridge-stage-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineStageExecutionStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodePipelineStageExecutionStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.eventbridge-stage-execution-state-change` schema: AWS CodePipeline Stage Execution State Change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export declare const validate: Validator<CodePipelineStageExecutionStateChangeEvent>;
export default validate;
