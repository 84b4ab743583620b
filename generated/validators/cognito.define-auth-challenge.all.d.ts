// Generated from schemas/cognito/define-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoDefineAuthChallengeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoDefineAuthChallengeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.define-auth-challenge` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.define-auth-challenge` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-define-auth-challenge.html
 */
export declare const validateAll: AllErrorsValidator<CognitoDefineAuthChallengeEvent>;
