// Generated from schemas/cognito/custom-sms-sender.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoCustomSmsSenderEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoCustomSmsSenderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.custom-sms-sender` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.custom-sms-sender` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-sms-sender.html
 */
export declare const validateAll: AllErrorsValidator<CognitoCustomSmsSenderEvent>;
