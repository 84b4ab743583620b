// Generated from schemas/cognito/post-authentication.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPostAuthenticationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPostAuthenticationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.post-authentication` schema: Cognito user pool post authentication trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html
 */
export declare const validate: Validator<CognitoPostAuthenticationEvent>;
export default validate;
