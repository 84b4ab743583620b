// Generated from schemas/autoscaling/custom-termination-policy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingCustomTerminationPolicyEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AutoScalingCustomTerminationPolicyEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.custom-termination-policy` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/autoscaling.custom-termination-policy` stops at the first).
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export declare const validateAll: AllErrorsValidator<AutoScalingCustomTerminationPolicyEvent>;
