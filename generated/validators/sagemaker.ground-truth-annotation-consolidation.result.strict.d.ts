// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthAnnotationConsolidationResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { SageMakerGroundTruthAnnotationConsolidationResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `sagemaker.ground-truth-annotation-consolidation.result` schema: SageMaker Ground Truth annotation consolidation response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validate: Validator<SageMakerGroundTruthAnnotationConsolidationResult>;
export default validate;
