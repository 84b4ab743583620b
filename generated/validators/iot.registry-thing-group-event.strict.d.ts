// Generated from schemas/iot/registry-thing-group-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRegistryThingGroupEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTRegistryThingGroupEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.registry-thing-group-event` schema: AWS IoT registry thing group event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export declare const validate: Validator<IoTRegistryThingGroupEvent>;
export default validate;
