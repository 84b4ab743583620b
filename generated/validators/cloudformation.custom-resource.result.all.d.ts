// Generated from schemas/cloudformation/custom-resource.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudFormationCustomResourceResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudFormationCustomResourceResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `cloudformation.custom-resource.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudformation.custom-resource.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export declare const validateAll: AllErrorsValidator<CloudFormationCustomResourceResult>;
