// Generated from schemas/sqs/batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SqsBatchResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { SqsBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `sqs.batch.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/sqs.batch.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export declare const validateAll: AllErrorsValidator<SqsBatchResult>;
