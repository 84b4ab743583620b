// Generated from schemas/cloudwatch/logs-data-in-kinesis.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataInKinesisEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchLogsDataInKinesisEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data-in-kinesis` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.logs-data-in-kinesis` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchLogsDataInKinesisEvent>;
