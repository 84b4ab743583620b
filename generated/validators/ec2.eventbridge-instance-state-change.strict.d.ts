// Generated from schemas/ec2/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { Ec2InstanceStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { Ec2InstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `ec2.eventbridge-instance-state-change` schema: Amazon EC2 Instance State-change Notification via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instance-state-changes.html
 */
export declare const validate: Validator<Ec2InstanceStateChangeEvent>;
export default validate;
