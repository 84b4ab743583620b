// Generated from schemas/iot/one-click.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTOneClickEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTOneClickEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.one-click` schema: AWS IoT 1-Click device event.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-events.html
 */
export declare const validate: Validator<IoTOneClickEvent>;
export default validate;
