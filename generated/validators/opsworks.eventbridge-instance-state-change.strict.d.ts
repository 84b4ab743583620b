// Generated from schemas/opsworks/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksInstanceStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { OpsWorksInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-instance-state-change` schema: AWS OpsWorks Stacks instance state change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validate: Validator<OpsWorksInstanceStateChangeEvent>;
export default validate;
