// Generated from schemas/sqs/batch.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { SqsBatchResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { SqsBatchResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `sqs.batch.result` schema: SQS partial batch response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
export declare const validate: Validator<SqsBatchResult>;
export default validate;
