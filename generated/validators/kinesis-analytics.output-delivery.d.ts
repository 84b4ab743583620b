// Generated from schemas/kinesis-analytics/output-delivery.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsOutputDeliveryEvent } from '../types.js';
import type { Validator } from '../validator.js';

export type { KinesisAnalyticsOutputDeliveryEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis-analytics.output-delivery` schema: Kinesis Data Analytics (SQL) Lambda output delivery invocation.
 * Checks the shape (types, required fields, nullability, constants and enums); `lambda-event-registry/kinesis-analytics.output-delivery/strict` adds the value checks (patterns, lengths, ranges) a real AWS event always passes.
 * Unknown properties are accepted (AWS adds fields); a false return leaves the reason in `validate.errors`.
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export declare const validate: Validator<KinesisAnalyticsOutputDeliveryEvent>;
export default validate;
