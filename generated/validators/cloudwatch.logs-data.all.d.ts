// Generated from schemas/cloudwatch/logs-data.schema.json by `npm run generate`. Do not edit: change the schema and regenerate.
import type { CloudWatchLogsDataEvent } from '../types.js';
import type { AllErrorsValidator } from '../validator.js';

export type { CloudWatchLogsDataEvent };
export type { ValidationError, Validator, AllErrorsValidator } from '../validator.js';

/**
 * Validates a payload against the `cloudwatch.logs-data` schema, shape and values, and lists every problem in `validateAll.errors` (the default export of `lambda-event-registry/cloudwatch.logs-data` stops at the first).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 */
export declare const validateAll: AllErrorsValidator<CloudWatchLogsDataEvent>;
