// Generated from schemas/kinesis-analytics/preprocessing.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsPreprocessingEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisAnalyticsPreprocessingEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis-analytics.preprocessing` schema: Kinesis Data Analytics (SQL) input preprocessing invocation.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kinesis-analytics.preprocessing/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export declare const validate: Validator<KinesisAnalyticsPreprocessingEvent>;
export default validate;
