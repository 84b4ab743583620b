// Generated from schemas/cdk/provider-is-complete.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderIsCompleteResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { CdkProviderIsCompleteResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cdk.provider-is-complete.result` schema: CDK Provider framework isComplete response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validate: Validator<CdkProviderIsCompleteResult>;
export default validate;
