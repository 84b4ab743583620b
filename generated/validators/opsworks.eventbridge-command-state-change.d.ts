// Generated from schemas/opsworks/eventbridge-command-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksCommandStateChangeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { OpsWorksCommandStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-command-state-change` schema: AWS OpsWorks Stacks command state change via EventBridge.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/opsworks.eventbridge-command-state-change/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validate: Validator<OpsWorksCommandStateChangeEvent>;
export default validate;
