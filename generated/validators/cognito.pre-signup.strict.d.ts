// Generated from schemas/cognito/pre-signup.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreSignupEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPreSignupEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-signup` schema: Cognito user pool pre sign-up trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export declare const validate: Validator<CognitoPreSignupEvent>;
export default validate;
