// Generated from schemas/autoscaling/custom-termination-policy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingCustomTerminationPolicyResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AutoScalingCustomTerminationPolicyResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `autoscaling.custom-termination-policy.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/autoscaling.custom-termination-policy.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export declare const validateAll: AllErrorsValidator<AutoScalingCustomTerminationPolicyResult>;
