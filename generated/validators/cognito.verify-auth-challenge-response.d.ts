// Generated from schemas/cognito/verify-auth-challenge-response.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoVerifyAuthChallengeResponseEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoVerifyAuthChallengeResponseEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.verify-auth-challenge-response` schema: Cognito custom authentication: verify auth challenge response trigger.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cognito.verify-auth-challenge-response/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-verify-auth-challenge-response.html
 */
export declare const validate: Validator<CognitoVerifyAuthChallengeResponseEvent>;
export default validate;
