// Generated from schemas/iot/custom-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTCustomAuthorizerResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTCustomAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `iot.custom-authorizer.result` schema: AWS IoT Core custom authorizer response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export declare const validate: Validator<IoTCustomAuthorizerResult>;
export default validate;
