// Generated from schemas/cognito/post-confirmation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPostConfirmationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPostConfirmationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.post-confirmation` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.post-confirmation` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPostConfirmationEvent>;
