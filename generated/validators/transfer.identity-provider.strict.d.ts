// Generated from schemas/transfer/identity-provider.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TransferIdentityProviderEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { TransferIdentityProviderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `transfer.identity-provider` schema: AWS Transfer Family custom identity provider request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export declare const validate: Validator<TransferIdentityProviderEvent>;
export default validate;
