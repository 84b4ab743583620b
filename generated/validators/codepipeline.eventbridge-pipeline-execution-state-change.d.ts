// Generated from schemas/codepipeline/eventbridge-pipeline-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelinePipelineExecutionStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodePipelinePipelineExecutionStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.eventbridge-pipeline-execution-state-change` schema: AWS CodePipeline Pipeline Execution State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codepipeline.eventbridge-pipeline-execution-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export declare const validate: Validator<CodePipelinePipelineExecutionStateChangeEvent>;
export default validate;
