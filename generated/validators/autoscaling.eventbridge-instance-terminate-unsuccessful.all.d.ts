// Generated from schemas/autoscaling/eventbridge-instance-terminate-unsuccessful.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AutoScalingInstanceTerminateUnsuccessfulEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AutoScalingInstanceTerminateUnsuccessfulEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `autoscaling.eventbridge-instance-terminate-unsuccessful` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/autoscaling.eventbridge-instance-terminate-unsuccessful` stops at the first).
 *
 * @see https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-event-reference.html
 */
export declare const validateAll: AllErrorsValidator<AutoScalingInstanceTerminateUnsuccessfulEvent>;
