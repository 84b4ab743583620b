// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTOneClickEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTOneClickEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.one-click` schema: AWS IoT 1-Click device event.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.one-click/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html
 */
export declare const validate: Validator<IoTOneClickEvent>;
export default validate;
