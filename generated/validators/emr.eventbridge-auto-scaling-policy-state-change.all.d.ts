// Generated from schemas/emr/eventbridge-auto-scaling-policy-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { EmrAutoScalingPolicyStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { EmrAutoScalingPolicyStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `emr.eventbridge-auto-scaling-policy-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/emr.eventbridge-auto-scaling-policy-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-manage-cloudwatch-events.html
 */
export declare const validateAll: AllErrorsValidator<EmrAutoScalingPolicyStateChangeEvent>;
