// Generated from schemas/cognito/custom-email-sender.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCustomEmailSenderEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoCustomEmailSenderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.custom-email-sender` schema: Cognito user pool custom email sender trigger.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export declare const validate: Validator<CognitoCustomEmailSenderEvent>;
export default validate;
