// Generated from schemas/iot/registry-thing-group-hierarchy-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRegistryThingGroupHierarchyEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTRegistryThingGroupHierarchyEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.registry-thing-group-hierarchy-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.registry-thing-group-hierarchy-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export declare const validateAll: AllErrorsValidator<IoTRegistryThingGroupHierarchyEvent>;
