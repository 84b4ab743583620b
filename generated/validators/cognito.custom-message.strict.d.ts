// Generated from schemas/cognito/custom-message.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCustomMessageEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoCustomMessageEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.custom-message` schema: Cognito user pool custom message trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html
 */
export declare const validate: Validator<CognitoCustomMessageEvent>;
export default validate;
