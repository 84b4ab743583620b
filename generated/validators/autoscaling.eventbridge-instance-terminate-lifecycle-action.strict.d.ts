// Generated from schemas/autoscaling/eventbridge-instance-terminate-lifecycle-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingInstanceTerminateLifecycleActionEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { AutoScalingInstanceTerminateLifecycleActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.eventbridge-instance-terminate-lifecycle-action` schema: Amazon EC2 Auto Scaling EC2 Instance-terminate Lifecycle Action via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export declare const validate: Validator<AutoScalingInstanceTerminateLifecycleActionEvent>;
export default validate;
