// Generated from schemas/autoscaling/eventbridge-instance-launch-successful.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingInstanceLaunchSuccessfulEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AutoScalingInstanceLaunchSuccessfulEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.eventbridge-instance-launch-successful` schema: Amazon EC2 Auto Scaling EC2 Instance Launch Successful via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/autoscaling.eventbridge-instance-launch-successful/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export declare const validate: Validator<AutoScalingInstanceLaunchSuccessfulEvent>;
export default validate;
