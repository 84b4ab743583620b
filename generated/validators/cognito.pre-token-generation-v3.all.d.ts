// Generated from schemas/cognito/pre-token-generation-v3.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreTokenGenerationV3Event } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CognitoPreTokenGenerationV3Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-token-generation-v3` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cognito.pre-token-generation-v3` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export declare const validateAll: AllErrorsValidator<CognitoPreTokenGenerationV3Event>;
