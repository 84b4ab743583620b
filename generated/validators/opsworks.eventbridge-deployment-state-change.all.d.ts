// Generated from schemas/opsworks/eventbridge-deployment-state-change.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { OpsWorksDeploymentStateChangeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { OpsWorksDeploymentStateChangeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `opsworks.eventbridge-deployment-state-change` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/opsworks.eventbridge-deployment-state-change` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/events/EventTypes.html#opsworks_event_types
 */
export declare const validateAll: AllErrorsValidator<OpsWorksDeploymentStateChangeEvent>;
