// Generated from schemas/sagemaker/ground-truth-pre-human-task.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthPreHumanTaskResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { SageMakerGroundTruthPreHumanTaskResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `sagemaker.ground-truth-pre-human-task.result` schema: SageMaker Ground Truth pre-annotation response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validate: Validator<SageMakerGroundTruthPreHumanTaskResult>;
export default validate;
