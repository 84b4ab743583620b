// Generated from schemas/firehose/transformation.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { FirehoseTransformationEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { FirehoseTransformationEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `firehose.transformation` schema: Amazon Data Firehose data transformation invocation.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html
 */
export declare const validate: Validator<FirehoseTransformationEvent>;
export default validate;
