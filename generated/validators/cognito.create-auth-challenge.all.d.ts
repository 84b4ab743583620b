// Generated from schemas/cognito/create-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCreateAuthChallengeEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoCreateAuthChallengeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.create-auth-challenge` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.create-auth-challenge` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export declare const validateAll: AllErrorsValidator<CognitoCreateAuthChallengeEvent>;
