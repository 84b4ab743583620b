// Generated from schemas/cognito/create-auth-challenge.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCreateAuthChallengeEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoCreateAuthChallengeEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.create-auth-challenge` schema: Cognito custom authentication: create auth challenge trigger.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cognito.create-auth-challenge/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-create-auth-challenge.html
 */
export declare const validate: Validator<CognitoCreateAuthChallengeEvent>;
export default validate;
