// Generated from schemas/cognito/pre-token-generation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreTokenGenerationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPreTokenGenerationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-token-generation` schema: Cognito pre token generation trigger, event version 1 (V1_0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export declare const validate: Validator<CognitoPreTokenGenerationEvent>;
export default validate;
