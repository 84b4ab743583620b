// Generated from schemas/autoscaling/eventbridge-instance-terminate-unsuccessful.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingInstanceTerminateUnsuccessfulEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AutoScalingInstanceTerminateUnsuccessfulEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.eventbridge-instance-terminate-unsuccessful` schema: Amazon EC2 Auto Scaling EC2 Instance Terminate Unsuccessful via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/autoscaling.eventbridge-instance-terminate-unsuccessful/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export declare const validate: Validator<AutoScalingInstanceTerminateUnsuccessfulEvent>;
export default validate;
