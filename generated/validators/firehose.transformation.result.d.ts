// Generated from schemas/firehose/transformation.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { FirehoseTransformationResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { FirehoseTransformationResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `firehose.transformation.result` schema: Amazon Data Firehose data transformation response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validate: Validator<FirehoseTransformationResult>;
export default validate;
