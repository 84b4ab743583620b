// Generated from schemas/iot/preprovisioning-hook.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTPreProvisioningHookEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTPreProvisioningHookEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.preprovisioning-hook` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.preprovisioning-hook` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/pre-provisioning-hook.html
 */
export declare const validateAll: AllErrorsValidator<IoTPreProvisioningHookEvent>;
