// Generated from schemas/firehose/transformation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { FirehoseTransformationEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { FirehoseTransformationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `firehose.transformation` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/firehose.transformation` stops at the first).
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validateAll: AllErrorsValidator<FirehoseTransformationEvent>;
