// Generated from schemas/sagemaker/ground-truth-annotation-consolidation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SageMakerGroundTruthAnnotationConsolidationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { SageMakerGroundTruthAnnotationConsolidationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sagemaker.ground-truth-annotation-consolidation` schema: SageMaker Ground Truth annotation consolidation request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/sagemaker/latest/dg/sms-custom-templates-step3-lambda-requirements.html
 */
export declare const validate: Validator<SageMakerGroundTruthAnnotationConsolidationEvent>;
export default validate;
