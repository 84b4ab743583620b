// Generated from schemas/opsworks/eventbridge-alert.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksAlertEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { OpsWorksAlertEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-alert` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/opsworks.eventbridge-alert` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validateAll: AllErrorsValidator<OpsWorksAlertEvent>;
