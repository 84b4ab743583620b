// Generated from schemas/cdk/provider-is-complete.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderIsCompleteEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CdkProviderIsCompleteEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cdk.provider-is-complete` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cdk.provider-is-complete` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validateAll: AllErrorsValidator<CdkProviderIsCompleteEvent>;
