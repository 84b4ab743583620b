// Generated from schemas/cognito/pre-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreAuthenticationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPreAuthenticationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-authentication` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.pre-authentication` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPreAuthenticationEvent>;
