// Generated from schemas/kinesis-analytics/output-delivery.result.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsOutputDeliveryResult } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisAnalyticsOutputDeliveryResult };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a function result against the `kinesis-analytics.output-delivery.result` schema: Kinesis Data Analytics (SQL) Lambda output delivery response.
 * Checks shape and values (patterns, lengths, ranges).
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export declare const validate: Validator<KinesisAnalyticsOutputDeliveryResult>;
export default validate;
