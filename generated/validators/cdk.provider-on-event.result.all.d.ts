// Generated from schemas/cdk/provider-on-event.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderOnEventResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CdkProviderOnEventResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cdk.provider-on-event.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cdk.provider-on-event.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validateAll: AllErrorsValidator<CdkProviderOnEventResult>;
