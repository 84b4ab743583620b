// Generated from schemas/iot/custom-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTCustomAuthorizerEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTCustomAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.custom-authorizer` schema: AWS IoT Core custom authorizer request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.custom-authorizer/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export declare const validate: Validator<IoTCustomAuthorizerEvent>;
export default validate;
