// Generated from schemas/iot/registry-thing-group-membership-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRegistryThingGroupMembershipEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTRegistryThingGroupMembershipEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.registry-thing-group-membership-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.registry-thing-group-membership-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export declare const validateAll: AllErrorsValidator<IoTRegistryThingGroupMembershipEvent>;
