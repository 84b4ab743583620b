// Generated from schemas/ec2/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { Ec2InstanceStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { Ec2InstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ec2.eventbridge-instance-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/ec2.eventbridge-instance-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html
 */
export declare const validateAll: AllErrorsValidator<Ec2InstanceStateChangeEvent>;
