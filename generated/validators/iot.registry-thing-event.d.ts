// Generated from schemas/iot/registry-thing-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTRegistryThingEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTRegistryThingEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.registry-thing-event` schema: AWS IoT registry thing event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.registry-thing-event/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/registry-events.html
 */
export declare const validate: Validator<IoTRegistryThingEvent>;
export default validate;
