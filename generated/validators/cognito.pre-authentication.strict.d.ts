// Generated from schemas/cognito/pre-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreAuthenticationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPreAuthenticationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-authentication` schema: Cognito user pool pre authentication trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html
 */
export declare const validate: Validator<CognitoPreAuthenticationEvent>;
export default validate;
