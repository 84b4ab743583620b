// Generated from schemas/cloudformation/custom-resource-in-sns.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFormationCustomResourceInSnsEvent, CloudFormationCustomResourceRequest } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFormationCustomResourceInSnsEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudformation.custom-resource-in-sns` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudformation.custom-resource-in-sns` stops at the first). What it carries is decoded and checked too, as the default export does.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
export declare const validateAll: AllErrorsValidator<CloudFormationCustomResourceInSnsEvent>;
/** Every problem of the `cloudformation.custom-resource-in-sns` schema alone, without decoding what it carries (`validateAll` lists the first problem of each carried payload when the schema itself has none). */
export declare const validateSchema: AllErrorsValidator<CloudFormationCustomResourceInSnsEvent>;
/** Every problem of a carried `CloudFormationCustomResourceRequest`. */
export declare const validateCloudFormationCustomResourceRequest: AllErrorsValidator<CloudFormationCustomResourceRequest>;
