// Generated from schemas/transfer/identity-provider.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TransferIdentityProviderEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { TransferIdentityProviderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `transfer.identity-provider` schema: AWS Transfer Family custom identity provider request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/transfer.identity-provider/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export declare const validate: Validator<TransferIdentityProviderEvent>;
export default validate;
