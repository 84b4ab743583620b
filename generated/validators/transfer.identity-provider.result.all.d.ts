// Generated from schemas/transfer/identity-provider.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { TransferIdentityProviderResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { TransferIdentityProviderResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `transfer.identity-provider.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/transfer.identity-provider.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/transfer/latest/userguide/custom-lambda-idp.html
 */
export declare const validateAll: AllErrorsValidator<TransferIdentityProviderResult>;
