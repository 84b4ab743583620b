// Generated from schemas/alexa/smart-home.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { AlexaSmartHomeResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { AlexaSmartHomeResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `alexa.smart-home.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/alexa.smart-home.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-alexa.html
 */
export declare const validateAll: AllErrorsValidator<AlexaSmartHomeResult>;
