// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineJobEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodePipelineJobEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.job` schema: AWS CodePipeline Lambda invoke action job.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export declare const validate: Validator<CodePipelineJobEvent>;
export default validate;
