// Generated from schemas/sagemaker/ground-truth-pre-human-task.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthPreHumanTaskEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SageMakerGroundTruthPreHumanTaskEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sagemaker.ground-truth-pre-human-task` schema: SageMaker Ground Truth pre-annotation request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/sagemaker.ground-truth-pre-human-task/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validate: Validator<SageMakerGroundTruthPreHumanTaskEvent>;
export default validate;
