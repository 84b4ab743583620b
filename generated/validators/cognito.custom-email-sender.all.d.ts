// Generated from schemas/cognito/custom-email-sender.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCustomEmailSenderEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoCustomEmailSenderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.custom-email-sender` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.custom-email-sender` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-email-sender.html
 */
export declare const validateAll: AllErrorsValidator<CognitoCustomEmailSenderEvent>;
