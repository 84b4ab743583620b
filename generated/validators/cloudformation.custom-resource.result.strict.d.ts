// Generated from schemas/cloudformation/custom-resource.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFormationCustomResourceResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { CloudFormationCustomResourceResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudformation.custom-resource.result` schema: CloudFormation custom resource response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export declare const validate: Validator<CloudFormationCustomResourceResult>;
export default validate;
