// Generated from schemas/iot/preprovisioning-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTPreProvisioningHookEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { IoTPreProvisioningHookEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.preprovisioning-hook` schema: AWS IoT fleet provisioning pre-provisioning hook request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/iot.preprovisioning-hook/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export declare const validate: Validator<IoTPreProvisioningHookEvent>;
export default validate;
