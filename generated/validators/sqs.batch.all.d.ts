// Generated from schemas/sqs/batch.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SqsBatchEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SqsBatchEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `sqs.batch` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sqs.batch` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html
 */
export declare const validateAll: AllErrorsValidator<SqsBatchEvent>;
