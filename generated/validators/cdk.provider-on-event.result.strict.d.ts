// Generated from schemas/cdk/provider-on-event.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderOnEventResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { CdkProviderOnEventResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cdk.provider-on-event.result` schema: CDK Provider framework onEvent response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validate: Validator<CdkProviderOnEventResult>;
export default validate;
