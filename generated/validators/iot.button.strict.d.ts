// Generated from schemas/iot/button.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTButtonEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTButtonEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.button` schema: AWS IoT Button click.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/lambda-rule-action.html
 */
export declare const validate: Validator<IoTButtonEvent>;
export default validate;
