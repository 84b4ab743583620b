// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineJobEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CodePipelineJobEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.job` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/codepipeline.job` stops at the first).
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export declare const validateAll: AllErrorsValidator<CodePipelineJobEvent>;
