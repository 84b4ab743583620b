// Generated from schemas/cognito/verify-auth-challenge-response.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoVerifyAuthChallengeResponseEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoVerifyAuthChallengeResponseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.verify-auth-challenge-response` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.verify-auth-challenge-response` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export declare const validateAll: AllErrorsValidator<CognitoVerifyAuthChallengeResponseEvent>;
