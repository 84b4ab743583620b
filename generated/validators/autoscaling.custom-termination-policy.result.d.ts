// Generated from schemas/autoscaling/custom-termination-policy.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingCustomTerminationPolicyResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { AutoScalingCustomTerminationPolicyResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `autoscaling.custom-termination-policy.result` schema: Amazon EC2 Auto Scaling custom termination policy response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export declare const validate: Validator<AutoScalingCustomTerminationPolicyResult>;
export default validate;
