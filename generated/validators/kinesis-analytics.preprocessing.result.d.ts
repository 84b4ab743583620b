// Generated from schemas/kinesis-analytics/preprocessing.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsPreprocessingResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisAnalyticsPreprocessingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis-analytics.preprocessing.result` schema: Kinesis Data Analytics (SQL) input preprocessing response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export declare const validate: Validator<KinesisAnalyticsPreprocessingResult>;
export default validate;
