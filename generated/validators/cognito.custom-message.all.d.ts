// Generated from schemas/cognito/custom-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCustomMessageEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoCustomMessageEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.custom-message` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.custom-message` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export declare const validateAll: AllErrorsValidator<CognitoCustomMessageEvent>;
