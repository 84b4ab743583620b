// Generated from schemas/firehose/transformation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { FirehoseTransformationResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { FirehoseTransformationResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `firehose.transformation.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/firehose.transformation.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validateAll: AllErrorsValidator<FirehoseTransformationResult>;
