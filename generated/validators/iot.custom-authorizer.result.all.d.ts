// Generated from schemas/iot/custom-authorizer.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { IoTCustomAuthorizerResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { IoTCustomAuthorizerResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `iot.custom-authorizer.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/iot.custom-authorizer.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/iot/latest/developerguide/config-custom-auth.html
 */
export declare const validateAll: AllErrorsValidator<IoTCustomAuthorizerResult>;
