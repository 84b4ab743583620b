// Generated from schemas/iot/preprovisioning-hook.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTPreProvisioningHookResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTPreProvisioningHookResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `iot.preprovisioning-hook.result` schema: AWS IoT fleet provisioning pre-provisioning hook response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export declare const validate: Validator<IoTPreProvisioningHookResult>;
export default validate;
