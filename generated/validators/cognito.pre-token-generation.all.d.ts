// Generated from schemas/cognito/pre-token-generation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreTokenGenerationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPreTokenGenerationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-token-generation` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.pre-token-generation` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPreTokenGenerationEvent>;
