// Generated from schemas/iot/registry-thing-group-membership-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRegistryThingGroupMembershipEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTRegistryThingGroupMembershipEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.registry-thing-group-membership-event` schema: AWS IoT registry thing group membership event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export declare const validate: Validator<IoTRegistryThingGroupMembershipEvent>;
export default validate;
