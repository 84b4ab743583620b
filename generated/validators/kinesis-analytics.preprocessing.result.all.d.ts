// Generated from schemas/kinesis-analytics/preprocessing.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsPreprocessingResult } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisAnalyticsPreprocessingResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis-analytics.preprocessing.result` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis-analytics.preprocessing.result` stops at the first).
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html
 */
export declare const validateAll: AllErrorsValidator<KinesisAnalyticsPreprocessingResult>;
