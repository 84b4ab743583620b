// Generated from schemas/cdk/provider-on-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderOnEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CdkProviderOnEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cdk.provider-on-event` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cdk.provider-on-event` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validateAll: AllErrorsValidator<CdkProviderOnEvent>;
