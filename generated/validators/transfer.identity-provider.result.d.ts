// Generated from schemas/transfer/identity-provider.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TransferIdentityProviderResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { TransferIdentityProviderResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `transfer.identity-provider.result` schema: AWS Transfer Family custom identity provider response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export declare const validate: Validator<TransferIdentityProviderResult>;
export default validate;
