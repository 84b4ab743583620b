// Generated from schemas/iot/custom-authorizer.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTCustomAuthorizerEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTCustomAuthorizerEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `iot.custom-authorizer` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.custom-authorizer` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export declare const validateAll: AllErrorsValidator<IoTCustomAuthorizerEvent>;
