// Generated from schemas/autoscaling/eventbridge-instance-launch-lifecycle-action.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingInstanceLaunchLifecycleActionEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AutoScalingInstanceLaunchLifecycleActionEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.eventbridge-instance-launch-lifecycle-action` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/autoscaling.eventbridge-instance-launch-lifecycle-action` stops at the first).
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export declare const validateAll: AllErrorsValidator<AutoScalingInstanceLaunchLifecycleActionEvent>;
