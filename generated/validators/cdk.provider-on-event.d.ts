// Generated from schemas/cdk/provider-on-event.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CdkProviderOnEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CdkProviderOnEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cdk.provider-on-event` schema: CDK Provider framework onEvent request.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/cdk.provider-on-event/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources-readme.html
 */
export declare const validate: Validator<CdkProviderOnEvent>;
export default validate;
