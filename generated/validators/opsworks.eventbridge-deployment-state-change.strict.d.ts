// Generated from schemas/opsworks/eventbridge-deployment-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksDeploymentStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { OpsWorksDeploymentStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-deployment-state-change` schema: AWS OpsWorks Stacks deployment state change via EventBridge.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validate: Validator<OpsWorksDeploymentStateChangeEvent>;
export default validate;
