// Generated from schemas/emr/eventbridge-step-status-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrStepStatusChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EmrStepStatusChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-step-status-change` schema: Amazon EMR Step Status Change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validate: Validator<EmrStepStatusChangeEvent>;
export default validate;
