// Generated from schemas/cdk/provider-is-complete.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderIsCompleteEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CdkProviderIsCompleteEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cdk.provider-is-complete` schema: CDK Provider framework isComplete request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validate: Validator<CdkProviderIsCompleteEvent>;
export default validate;
