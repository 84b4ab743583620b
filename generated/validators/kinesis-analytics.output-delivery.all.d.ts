// Generated from schemas/kinesis-analytics/output-delivery.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { KinesisAnalyticsOutputDeliveryEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { KinesisAnalyticsOutputDeliveryEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `kinesis-analytics.output-delivery` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/kinesis-analytics.output-delivery` stops at the first).
 *
 * @see https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html
 */
export declare const validateAll: AllErrorsValidator<KinesisAnalyticsOutputDeliveryEvent>;
