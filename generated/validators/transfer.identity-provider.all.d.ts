// Generated from schemas/transfer/identity-provider.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TransferIdentityProviderEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { TransferIdentityProviderEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `transfer.identity-provider` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/transfer.identity-provider` stops at the first).
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export declare const validateAll: AllErrorsValidator<TransferIdentityProviderEvent>;
