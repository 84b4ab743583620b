// Generated from schemas/emr/eventbridge-auto-scaling-policy-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrAutoScalingPolicyStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { EmrAutoScalingPolicyStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-auto-scaling-policy-state-change` schema: Amazon EMR Auto Scaling Policy State Change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/emr.eventbridge-auto-scaling-policy-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validate: Validator<EmrAutoScalingPolicyStateChangeEvent>;
export default validate;
