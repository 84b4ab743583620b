// Generated from schemas/opsworks/eventbridge-instance-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksInstanceStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { OpsWorksInstanceStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-instance-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/opsworks.eventbridge-instance-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validateAll: AllErrorsValidator<OpsWorksInstanceStateChangeEvent>;
