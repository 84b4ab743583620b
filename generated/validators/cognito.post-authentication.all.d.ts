// Generated from schemas/cognito/post-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPostAuthenticationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPostAuthenticationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.post-authentication` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.post-authentication` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPostAuthenticationEvent>;
