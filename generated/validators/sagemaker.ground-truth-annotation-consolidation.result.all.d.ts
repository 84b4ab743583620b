// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthAnnotationConsolidationResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SageMakerGroundTruthAnnotationConsolidationResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `sagemaker.ground-truth-annotation-consolidation.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sagemaker.ground-truth-annotation-consolidation.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validateAll: AllErrorsValidator<SageMakerGroundTruthAnnotationConsolidationResult>;
