// Generated from schemas/cloudformation/custom-resource-in-sns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFormationCustomResourceInSnsEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFormationCustomResourceInSnsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudformation.custom-resource-in-sns` schema: CloudFormation custom resource request in an SNS notification.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export declare const validate: Validator<CloudFormationCustomResourceInSnsEvent> & { readonly id: "cloudformation.custom-resource-in-sns" };
export default validate;
