// Generated from schemas/codepipeline/eventbridge-stage-execution-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineStageExecutionStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodePipelineStageExecutionStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.eventbridge-stage-execution-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codepipeline.eventbridge-stage-execution-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/detect-state-changes-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<CodePipelineStageExecutionStateChangeEvent>;
