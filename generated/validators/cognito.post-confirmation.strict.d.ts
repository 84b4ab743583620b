// Generated from schemas/cognito/post-confirmation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPostConfirmationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPostConfirmationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.post-confirmation` schema: Cognito user pool post confirmation trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export declare const validate: Validator<CognitoPostConfirmationEvent>;
export default validate;
