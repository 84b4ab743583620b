// Generated from schemas/cognito/pre-signup.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreSignupEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPreSignupEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-signup` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.pre-signup` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPreSignupEvent>;
