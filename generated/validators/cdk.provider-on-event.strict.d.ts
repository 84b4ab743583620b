// Generated from schemas/cdk/provider-on-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderOnEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CdkProviderOnEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cdk.provider-on-event` schema: CDK Provider framework onEvent request.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validate: Validator<CdkProviderOnEvent>;
export default validate;
