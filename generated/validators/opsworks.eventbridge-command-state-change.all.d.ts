// Generated from schemas/opsworks/eventbridge-command-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksCommandStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { OpsWorksCommandStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-command-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/opsworks.eventbridge-command-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validateAll: AllErrorsValidator<OpsWorksCommandStateChangeEvent>;
