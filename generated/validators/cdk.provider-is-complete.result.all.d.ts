// Generated from schemas/cdk/provider-is-complete.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderIsCompleteResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CdkProviderIsCompleteResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cdk.provider-is-complete.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cdk.provider-is-complete.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validateAll: AllErrorsValidator<CdkProviderIsCompleteResult>;
