// Generated from schemas/sagemaker/ground-truth-pre-human-task.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthPreHumanTaskEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SageMakerGroundTruthPreHumanTaskEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sagemaker.ground-truth-pre-human-task` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sagemaker.ground-truth-pre-human-task` stops at the first).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validateAll: AllErrorsValidator<SageMakerGroundTruthPreHumanTaskEvent>;
