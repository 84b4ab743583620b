// Generated from schemas/codepipeline/job.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CodePipelineJobEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CodePipelineJobEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `codepipeline.job` schema: AWS CodePipeline Lambda invoke action job.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/codepipeline.job/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export declare const validate: Validator<CodePipelineJobEvent>;
export default validate;
