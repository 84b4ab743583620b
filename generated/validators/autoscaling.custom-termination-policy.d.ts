// Generated from schemas/autoscaling/custom-termination-policy.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingCustomTerminationPolicyEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AutoScalingCustomTerminationPolicyEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.custom-termination-policy` schema: Amazon EC2 Auto Scaling custom termination policy request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/autoscaling.custom-termination-policy/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html
 */
export declare const validate: Validator<AutoScalingCustomTerminationPolicyEvent>;
export default validate;
