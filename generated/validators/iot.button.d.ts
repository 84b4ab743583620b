// Generated from schemas/iot/button.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTButtonEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTButtonEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.button` schema: AWS IoT Button click.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.button/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export declare const validate: Validator<IoTButtonEvent>;
export default validate;
