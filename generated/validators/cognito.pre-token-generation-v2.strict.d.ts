// Generated from schemas/cognito/pre-token-generation-v2.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CognitoPreTokenGenerationV2Event } from '../types.js';
import type { Validator } from '../validator.js';

export type { CognitoPreTokenGenerationV2Event };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cognito.pre-token-generation-v2` schema: Cognito pre token generation trigger, event version 2 (V2_0).
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html
 */
export declare const validate: Validator<CognitoPreTokenGenerationV2Event>;
export default validate;
